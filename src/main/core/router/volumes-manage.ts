// Volumes: create, remove, inspect, users, sizes, prune by the preview, back up, restore, clone.
// The work is in core/volumes/; this file maps inputs and errors.
import { TRPCError } from '@trpc/server';
import {
  volumeBackupAckInput,
  volumeBackupInput,
  volumeCloneInput,
  volumeCreateInput,
  volumeNameInput,
  volumePruneInput,
  volumeRestoreCancelInput,
  volumeRestoreChunkInput,
  volumeRestoreFinishInput,
  volumeRestoreStartInput,
} from '../../../shared/api/volumes-manage';
import {
  backupVolume,
  cloneVolume,
  overwriteRefusal,
  restoreVolume,
  volumeContents,
} from '../volumes/backup';
import {
  createVolume,
  pruneVolumes,
  removeVolume,
  volumePruneCandidates,
  volumeSizes,
  volumeUsers,
} from '../volumes/manage';
import { engineProcedure, publicProcedure, router, type Context } from './trpc';
import { flowDownload } from '../streams/flow-window';

const helperImage = (ctx: Context) => ctx.settings.get().volumeHelperImage;

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

  /** What a restore would overwrite: the first names at the volume's top. */
  contents: engineProcedure
    .input(volumeNameInput)
    .query(({ ctx, input }) => volumeContents(ctx.engine.api(), helperImage(ctx), input.name)),

  /** The volume as a .tar.gz: start, base64 chunks, end; the receiver acknowledges with backupAck. */
  backup: engineProcedure.input(volumeBackupInput).subscription(async function* ({ ctx, input, signal }) {
    const docker = await ctx.engine.api();
    yield* flowDownload(ctx.services.downloads, input.downloadId, signal, (window, inner) =>
      backupVolume(docker, helperImage(ctx), input.name, window, inner),
    );
  }),

  backupAck: publicProcedure
    .input(volumeBackupAckInput)
    .mutation(({ ctx, input }) => ctx.services.downloads.ack(input.downloadId, input.received)),

  restoreStart: publicProcedure
    .input(volumeRestoreStartInput)
    .mutation(({ ctx, input }) => ({ uploadId: ctx.services.volumeRestores.start(input.size, null) })),

  restoreChunk: publicProcedure
    .input(volumeRestoreChunkInput)
    .mutation(({ ctx, input }) => ctx.services.volumeRestores.receive(input)),

  restoreCancel: publicProcedure
    .input(volumeRestoreCancelInput)
    .mutation(({ ctx, input }) => ctx.services.volumeRestores.discard(input.uploadId)),

  /**
   * Unpacks the uploaded archive into the volume. A refusal to overwrite keeps the upload, so the
   * client can ask the user and call again with `overwrite`.
   */
  restoreFinish: engineProcedure.input(volumeRestoreFinishInput).mutation(({ ctx, input }) =>
    (async () => {
      const docker = ctx.engine.api();
      const image = helperImage(ctx);
      if (!input.overwrite) {
        const refusal = overwriteRefusal(input.name, await volumeContents(docker, image, input.name));
        if (refusal) throw refusal; // the upload stays for the confirmed retry
      }
      return ctx.services.volumeRestores.finish(input.uploadId, (file) =>
        restoreVolume(docker, image, input.name, file, true),
      );
    })(),
  ),

  clone: engineProcedure
    .input(volumeCloneInput)
    .mutation(({ ctx, input }) =>
      cloneVolume(ctx.engine.api(), helperImage(ctx), input.source, input.target),
    ),
});
