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
import { EngineUnavailableError } from '../engine/engine';
import { engineMessage } from '../engine/errors';
import { downloadWindows } from '../streams/flow-window';
import { UploadError } from '../streams/upload-store';
import {
  backupVolume,
  cloneVolume,
  overwriteRefusal,
  restoreVolume,
  volumeContents,
  VolumeRestoreError,
} from '../volumes/backup';
import { HelperImageError } from '../volumes/helper';
import {
  createVolume,
  pruneVolumes,
  removeVolume,
  VolumeInUseError,
  volumePruneCandidates,
  volumeSizes,
  volumeUsers,
} from '../volumes/manage';
import { restoreUploads } from '../volumes/restore-uploads';
import { engineCall, publicProcedure, router, type Context } from './trpc';

const uploads = restoreUploads();

/** Like engineCall, with the user's-to-fix refusals as their own codes (words unchanged). */
async function volumeCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof VolumeInUseError || error instanceof VolumeRestoreError)
      throw new TRPCError({ code: 'CONFLICT', message: error.message });
    if (error instanceof HelperImageError)
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message: error.message });
    if (error instanceof UploadError) throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
    if (error instanceof TRPCError) throw error;
    if (error instanceof EngineUnavailableError)
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message: error.message, cause: error });
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: engineMessage(error), cause: error });
  }
}

const helperImage = (ctx: Context) => ctx.settings.get().volumeHelperImage;

export const volumesManageRouter = router({
  create: publicProcedure.input(volumeCreateInput).mutation(({ ctx, input }) => {
    // The local driver's options can bind any host folder (type=none,o=bind,device=/etc).
    if (input.driverOpts.length > 0 && !ctx.policy.allowHostMounts)
      throw new TRPCError({
        code: 'FORBIDDEN',
        message:
          'Driver options can mount host folders; this server allows them only with --allow-host-mounts.',
      });
    return volumeCall(() => createVolume(ctx.engine.api(), input));
  }),

  remove: publicProcedure
    .input(volumeNameInput)
    .mutation(({ ctx, input }) => volumeCall(() => removeVolume(ctx.engine.api(), input.name))),

  inspect: publicProcedure
    .input(volumeNameInput)
    .query(({ ctx, input }) => volumeCall(() => ctx.engine.api().getVolume(input.name).inspect())),

  /** Containers (any state) that mount the volume, with names for links. */
  users: publicProcedure
    .input(volumeNameInput)
    .query(({ ctx, input }) => volumeCall(() => volumeUsers(ctx.engine.api(), input.name))),

  /** Sizes as `docker system df -v` reports them (the engine walks every volume: not live). */
  sizes: publicProcedure.query(({ ctx }) => volumeCall(() => volumeSizes(ctx.engine.api()))),

  pruneCandidates: publicProcedure.query(({ ctx }) =>
    volumeCall(async () =>
      volumePruneCandidates(ctx.engine.volumes.list(), await volumeSizes(ctx.engine.api())),
    ),
  ),

  /** Removes exactly the previewed names that are still unused (see volumes/manage.ts). */
  prune: publicProcedure
    .input(volumePruneInput)
    .mutation(({ ctx, input }) =>
      volumeCall(() => pruneVolumes(ctx.engine.api(), ctx.engine.volumes.list(), input.names)),
    ),

  /** What a restore would overwrite: the first names at the volume's top. */
  contents: publicProcedure
    .input(volumeNameInput)
    .query(({ ctx, input }) =>
      volumeCall(() => volumeContents(ctx.engine.api(), helperImage(ctx), input.name)),
    ),

  /** The volume as a .tar.gz: start, base64 chunks, end; the receiver acknowledges with backupAck. */
  backup: publicProcedure.input(volumeBackupInput).subscription(async function* ({ ctx, input, signal }) {
    const docker = await engineCall(async () => ctx.engine.api());
    const window = downloadWindows.open(input.downloadId);
    const chunks = backupVolume(docker, helperImage(ctx), input.name, window, signal);
    try {
      while (true) {
        const next = await volumeCall(() => chunks.next());
        if (next.done) return;
        yield next.value;
        if (signal?.aborted) return;
      }
    } finally {
      downloadWindows.close(input.downloadId, window);
      await chunks.return(undefined);
    }
  }),

  backupAck: publicProcedure
    .input(volumeBackupAckInput)
    .mutation(({ input }) => downloadWindows.ack(input.downloadId, input.received)),

  restoreStart: publicProcedure
    .input(volumeRestoreStartInput)
    .mutation(({ input }) => volumeCall(async () => ({ uploadId: uploads.start(input.size, null) }))),

  restoreChunk: publicProcedure.input(volumeRestoreChunkInput).mutation(({ input }) =>
    volumeCall(async () => ({
      received: await uploads.append(input.uploadId, input.offset, Buffer.from(input.data, 'base64')),
    })),
  ),

  restoreCancel: publicProcedure
    .input(volumeRestoreCancelInput)
    .mutation(({ input }) => uploads.discard(input.uploadId)),

  /**
   * Unpacks the uploaded archive into the volume. A refusal to overwrite keeps the upload, so the
   * client can ask the user and call again with `overwrite`.
   */
  restoreFinish: publicProcedure.input(volumeRestoreFinishInput).mutation(({ ctx, input }) =>
    volumeCall(async () => {
      const docker = ctx.engine.api();
      const image = helperImage(ctx);
      if (!input.overwrite) {
        const refusal = overwriteRefusal(input.name, await volumeContents(docker, image, input.name));
        if (refusal) throw refusal; // the upload stays for the confirmed retry
      }
      return uploads.finish(input.uploadId, (file) => restoreVolume(docker, image, input.name, file, true));
    }),
  ),

  clone: publicProcedure
    .input(volumeCloneInput)
    .mutation(({ ctx, input }) =>
      volumeCall(() => cloneVolume(ctx.engine.api(), helperImage(ctx), input.source, input.target)),
    ),
});
