// Volumes: create, remove, inspect, users, sizes, prune by the preview, clone.
// The work is in core/volumes/; this file maps inputs and errors.
import { TRPCError } from '@trpc/server';
import {
  volumeCloneInput,
  volumeCreateInput,
  volumeNameInput,
  volumePruneInput,
} from '@shared/api/volumes-manage';
import { cloneVolume } from '../volumes/backup';
import {
  createVolume,
  pruneVolumes,
  removeVolume,
  volumePruneCandidates,
  volumeSizes,
  volumeUsers,
} from '../volumes/manage';
import { engineProcedure, router, type Context } from './trpc';

/** The image of the helper containers behind backup, restore, clone and browse (a setting). */
export const helperImage = (ctx: Context) => ctx.settings.get().volumeHelperImage;

export const volumesManageRouter = router({
  create: engineProcedure.input(volumeCreateInput).mutation(({ ctx, input }) => {
    // The local driver's options can bind any host folder (type=none,o=bind,device=/etc).
    if (input.driverOpts.length > 0 && !ctx.policy.allowHostMounts)
      throw new TRPCError({
        code: 'FORBIDDEN',
        message:
          'Driver options can mount host folders; this server allows them only with --allow-host-mounts.',
      });
    return createVolume(ctx.engine.api(), input);
  }),

  remove: engineProcedure
    .input(volumeNameInput)
    .mutation(({ ctx, input }) => removeVolume(ctx.engine.api(), input.name)),

  inspect: engineProcedure
    .input(volumeNameInput)
    .query(({ ctx, input }) => ctx.engine.api().getVolume(input.name).inspect()),

  /** Containers (any state) that mount the volume, with names for links. */
  users: engineProcedure
    .input(volumeNameInput)
    .query(({ ctx, input }) => volumeUsers(ctx.engine.api(), input.name)),

  /** Sizes as `docker system df -v` reports them (the engine walks every volume: not live). */
  sizes: engineProcedure.query(({ ctx }) => volumeSizes(ctx.engine.api())),

  pruneCandidates: engineProcedure.query(async ({ ctx }) =>
    volumePruneCandidates(ctx.engine.volumes.list(), await volumeSizes(ctx.engine.api())),
  ),

  /** Removes exactly the previewed names that are still unused (see volumes/manage.ts). */
  prune: engineProcedure
    .input(volumePruneInput)
    .mutation(({ ctx, input }) => pruneVolumes(ctx.engine.api(), ctx.engine.volumes.list(), input.names)),

  clone: engineProcedure
    .input(volumeCloneInput)
    .mutation(({ ctx, input }) =>
      cloneVolume(ctx.engine.api(), helperImage(ctx), input.source, input.target),
    ),
});
