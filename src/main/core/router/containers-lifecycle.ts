// Container lifecycle: run/create, start, stop, kill, restart, pause, unpause, rename, remove,
// prune. Each returns the docker CLI line that does the same, for the UI to show.
import { TRPCError } from '@trpc/server';
import { containerRefInput } from '@shared/api/containers';
import {
  killInput,
  pruneInput,
  pullForRunInput,
  removeInput,
  renameInput,
  restartInput,
  startInput,
  stopInput,
  type ActionResult,
  type PruneResult,
  type RunResult,
  type StartResult,
} from '@shared/api/lifecycle';
import { runInputSchema, type RunSpec } from '@shared/api/run-spec';
import {
  killCommand,
  pauseCommand,
  pruneCommand,
  removeCommand,
  renameCommand,
  restartCommand,
  runCommand,
  startCommand,
  stopCommand,
  unpauseCommand,
} from '@shared/cli/container-commands';
import { pruneContainers, runContainer, startContainer } from '../containers/lifecycle';
import { pullAndWait } from '../images/pull';
import { authForReference } from '../registries/reference-auth';
import { engineProcedure, router, type Context } from './trpc';

export const HOST_MOUNTS_REFUSED =
  'Host folders cannot be mounted from web mode: use a named volume, or the operator can allow it with `berth serve --allow-host-mounts`.';

/** A mount whose source is a path is a bind of the host's files (named volumes are names). */
function refuseHostMounts(ctx: Context, spec: RunSpec): void {
  if (ctx.policy.allowHostMounts) return;
  if (spec.mounts.some((mount) => mount.source && !/^[a-zA-Z0-9]/.test(mount.source))) {
    throw new TRPCError({ code: 'FORBIDDEN', message: HOST_MOUNTS_REFUSED });
  }
}

export const containerLifecycleRouter = router({
  /** `docker run -d` (start: true) or `docker create` (start: false) from the Run form. */
  run: engineProcedure.input(runInputSchema).mutation(async ({ ctx, input }): Promise<RunResult> => {
    refuseHostMounts(ctx, input.spec);
    const { id, warnings } = await runContainer(ctx.engine.api(), input.spec, input.start);
    return {
      id,
      name: input.spec.name,
      warnings,
      command: runCommand(input.spec, input.start ? 'run' : 'create'),
    };
  }),

  start: engineProcedure.input(startInput).mutation(async ({ ctx, input }): Promise<StartResult> => {
    const output = await startContainer(ctx.engine.api(), input.id, input.firstOutput);
    return { output, command: startCommand(input.id, input.firstOutput) };
  }),

  stop: engineProcedure.input(stopInput).mutation(async ({ ctx, input }): Promise<ActionResult> => {
    await ctx.engine
      .api()
      .getContainer(input.id)
      .stop(input.timeout === undefined ? {} : { t: input.timeout });
    return { command: stopCommand(input.id, input.timeout) };
  }),

  restart: engineProcedure.input(restartInput).mutation(async ({ ctx, input }): Promise<ActionResult> => {
    await ctx.engine
      .api()
      .getContainer(input.id)
      .restart(input.timeout === undefined ? {} : { t: input.timeout });
    return { command: restartCommand(input.id, input.timeout) };
  }),

  kill: engineProcedure.input(killInput).mutation(async ({ ctx, input }): Promise<ActionResult> => {
    await ctx.engine.api().getContainer(input.id).kill({ signal: input.signal });
    return { command: killCommand(input.id, input.signal) };
  }),

  pause: engineProcedure.input(containerRefInput).mutation(async ({ ctx, input }): Promise<ActionResult> => {
    await ctx.engine.api().getContainer(input.id).pause();
    return { command: pauseCommand(input.id) };
  }),

  unpause: engineProcedure
    .input(containerRefInput)
    .mutation(async ({ ctx, input }): Promise<ActionResult> => {
      await ctx.engine.api().getContainer(input.id).unpause();
      return { command: unpauseCommand(input.id) };
    }),

  rename: engineProcedure.input(renameInput).mutation(async ({ ctx, input }): Promise<ActionResult> => {
    await ctx.engine.api().getContainer(input.id).rename({ name: input.name });
    return { command: renameCommand(input.id, input.name) };
  }),

  remove: engineProcedure.input(removeInput).mutation(async ({ ctx, input }): Promise<ActionResult> => {
    await ctx.engine.api().getContainer(input.id).remove({ force: input.force, v: input.volumes });
    return { command: removeCommand([input.id], input) };
  }),

  /** Removes exactly the stopped containers the user saw and confirmed in the preview. */
  prune: engineProcedure.input(pruneInput).mutation(async ({ ctx, input }): Promise<PruneResult> => ({
    ...(await pruneContainers(ctx.engine.api(), input.ids)),
    command: pruneCommand(input.ids),
  })),

  /** The Run dialog's "Pull <image>" after "No such image"; progress shows in the activity panel. */
  pullForRun: engineProcedure
    .input(pullForRunInput)
    .mutation(async ({ ctx, input }): Promise<ActionResult> => {
      const { auth, hint } = await authForReference(ctx, input.image);
      return pullAndWait(ctx.engine.api(), ctx.activity, input.image, auth, hint);
    }),

  /** Network names for the Run dialog's network choice. */
  networkChoices: engineProcedure.query(async ({ ctx }) => {
    const networks = await ctx.engine.api().listNetworks();
    return networks.map((network) => network.Name).sort();
  }),
});
