// `volumes.backup.*` (a .tar.gz download) and `volumes.restore.*` (an upload unpacked into the
// volume), through a helper container (volumes/backup.ts).
import {
  volumeBackupAckInput,
  volumeBackupInput,
  volumeNameInput,
  volumeRestoreCancelInput,
  volumeRestoreChunkInput,
  volumeRestoreFinishInput,
  volumeRestoreStartInput,
} from '@shared/api/volumes-manage';
import { flowDownload } from '../streams/flow-window';
import { backupVolume, overwriteRefusal, restoreVolume, volumeContents } from '../volumes/backup';
import { engineProcedure, publicProcedure, router } from './trpc';
import { helperImage } from './volumes-manage';

export const volumeBackupRouter = router({
  /** The volume as a .tar.gz: start, base64 chunks, end; the receiver acknowledges with `ack`. */
  download: engineProcedure.input(volumeBackupInput).subscription(async function* ({ ctx, input, signal }) {
    const docker = ctx.engine.api();
    yield* flowDownload(ctx.services.downloads, input.downloadId, signal, (window, inner) =>
      backupVolume(docker, helperImage(ctx), input.name, window, inner),
    );
  }),

  ack: publicProcedure
    .input(volumeBackupAckInput)
    .mutation(({ ctx, input }) => ctx.services.downloads.ack(input.downloadId, input.received)),
});

export const volumeRestoreRouter = router({
  /** What a restore would overwrite: the first names at the volume's top. */
  contents: engineProcedure
    .input(volumeNameInput)
    .query(({ ctx, input }) => volumeContents(ctx.engine.api(), helperImage(ctx), input.name)),

  start: publicProcedure
    .input(volumeRestoreStartInput)
    .mutation(({ ctx, input }) => ({ uploadId: ctx.services.volumeRestores.start(input.size, null) })),

  chunk: publicProcedure
    .input(volumeRestoreChunkInput)
    .mutation(({ ctx, input }) => ctx.services.volumeRestores.receive(input)),

  cancel: publicProcedure
    .input(volumeRestoreCancelInput)
    .mutation(({ ctx, input }) => ctx.services.volumeRestores.discard(input.uploadId)),

  /**
   * Unpacks the uploaded archive into the volume. A refusal to overwrite keeps the upload, so the
   * client can ask the user and call again with `overwrite`.
   */
  finish: engineProcedure.input(volumeRestoreFinishInput).mutation(({ ctx, input }) =>
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
});
