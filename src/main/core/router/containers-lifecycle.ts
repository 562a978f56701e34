// Container lifecycle: run/create, start, stop, kill, restart, pause, unpause, rename, remove,
// prune. Each returns the docker CLI line that does the same, for the UI to show.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { containerRefInput } from '../../../shared/api/containers';
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
} from '../../../shared/api/lifecycle';
import { runInputSchema, type RunSpec } from '../../../shared/api/run-spec';
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
} from '../../../shared/cli/container-commands';
import { pruneContainers, runContainer, startContainer } from '../containers/lifecycle';
import { pullAndWait } from '../images/pull';
import { authForReference } from '../registries/reference-auth';
import { engineCall, publicProcedure, router, type Context } from './trpc';

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
  run: publicProcedure.input(runInputSchema).mutation(({ ctx, input }): Promise<RunResult> => {
    refuseHostMounts(ctx, input.spec);
    return engineCall(async () => {
      const { id, warnings } = await runContainer(ctx.engine.api(), input.spec, input.start);
      return {
        id,
        name: input.spec.name,
        warnings,
        command: runCommand(input.spec, input.start ? 'run' : 'create'),
      };
    });
  }),

  start: publicProcedure.input(startInput).mutation(({ ctx, input }): Promise<StartResult> =>
    engineCall(async () => {
      const output = await startContainer(ctx.engine.api(), input.id, input.firstOutput);
      return { output, command: startCommand(input.id, input.firstOutput) };
    }),
  ),

  stop: publicProcedure.input(stopInput).mutation(({ ctx, input }): Promise<ActionResult> =>
    engineCall(async () => {
      await ctx.engine
        .api()
        .getContainer(input.id)
        .stop(input.timeout === undefined ? {} : { t: input.timeout });
      return { command: stopCommand(input.id, input.timeout) };
    }),
  ),

  restart: publicProcedure.input(restartInput).mutation(({ ctx, input }): Promise<ActionResult> =>
    engineCall(async () => {
      await ctx.engine
        .api()
        .getContainer(input.id)
        .restart(input.timeout === undefined ? {} : { t: input.timeout });
      return { command: restartCommand(input.id, input.timeout) };
    }),
  ),

  kill: publicProcedure.input(killInput).mutation(({ ctx, input }): Promise<ActionResult> =>
    engineCall(async () => {
      await ctx.engine.api().getContainer(input.id).kill({ signal: input.signal });
      return { command: killCommand(input.id, input.signal) };
    }),
  ),

  pause: publicProcedure.input(containerRefInput).mutation(({ ctx, input }): Promise<ActionResult> =>
    engineCall(async () => {
      await ctx.engine.api().getContainer(input.id).pause();
      return { command: pauseCommand(input.id) };
    }),
  ),

  unpause: publicProcedure.input(containerRefInput).mutation(({ ctx, input }): Promise<ActionResult> =>
    engineCall(async () => {
      await ctx.engine.api().getContainer(input.id).unpause();
      return { command: unpauseCommand(input.id) };
    }),
  ),

  rename: publicProcedure.input(renameInput).mutation(({ ctx, input }): Promise<ActionResult> =>
    engineCall(async () => {
      await ctx.engine.api().getContainer(input.id).rename({ name: input.name });
      return { command: renameCommand(input.id, input.name) };
    }),
  ),

  remove: publicProcedure.input(removeInput).mutation(({ ctx, input }): Promise<ActionResult> =>
    engineCall(async () => {
      await ctx.engine.api().getContainer(input.id).remove({ force: input.force, v: input.volumes });
      return { command: removeCommand([input.id], input) };
    }),
  ),

  /** Removes exactly the stopped containers the user saw and confirmed in the preview. */
  prune: publicProcedure.input(pruneInput).mutation(({ ctx, input }): Promise<PruneResult> =>
    engineCall(async () => ({
      ...(await pruneContainers(ctx.engine.api(), input.ids)),
      command: pruneCommand(input.ids),
    })),
  ),

  /** The Run dialog's "Pull <image>" after "No such image"; progress shows in the activity panel. */
  pullForRun: publicProcedure.input(pullForRunInput).mutation(({ ctx, input }): Promise<ActionResult> =>
    engineCall(async () => {
      const { auth, hint } = await authForReference(ctx, input.image);
      return pullAndWait(ctx.engine.api(), ctx.activity, input.image, auth, hint);
    }),
  ),

  /** Network names for the Run dialog's network choice. */
  networkChoices: publicProcedure.input(z.void()).query(({ ctx }) =>
    engineCall(async () => {
      const networks = await ctx.engine.api().listNetworks();
      return networks.map((network) => network.Name).sort();
    }),
  ),
});
