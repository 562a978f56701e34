// Browsing a volume: list, download, upload, make a folder, delete, through helpers (volumes/browse.ts).
import {
  volumeFilesDownloadInput,
  volumeFilesListInput,
  volumeFilesPathInput,
  volumeFilesUploadStartInput,
  volumeRestoreCancelInput,
  volumeRestoreChunkInput,
  volumeBackupAckInput,
} from '@shared/api/volumes-manage';
import { deleteVolumePath, downloadVolumePath, listVolumeFolder, makeVolumeFolder } from '../volumes/browse';
import { engineProcedure, publicProcedure, router } from './trpc';
import { helperImage } from './volumes-manage';
import { flowDownload } from '../streams/flow-window';

export const volumeFilesRouter = router({
  list: engineProcedure
    .input(volumeFilesListInput)
    .query(({ ctx, input }) => listVolumeFolder(ctx.engine.api(), helperImage(ctx), input.name, input.path)),

  download: engineProcedure.input(volumeFilesDownloadInput).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const docker = await ctx.engine.api();
    yield* flowDownload(ctx.services.downloads, input.downloadId, signal, (window, inner) =>
      downloadVolumePath(docker, helperImage(ctx), input.name, input.path, window, inner),
    );
  }),

  downloadAck: publicProcedure
    .input(volumeBackupAckInput)
    .mutation(({ ctx, input }) => ctx.services.downloads.ack(input.downloadId, input.received)),

  mkdir: engineProcedure
    .input(volumeFilesPathInput)
    .mutation(({ ctx, input }) =>
      makeVolumeFolder(ctx.engine.api(), helperImage(ctx), input.name, input.path),
    ),

  delete: engineProcedure
    .input(volumeFilesPathInput)
    .mutation(({ ctx, input }) =>
      deleteVolumePath(ctx.engine.api(), helperImage(ctx), input.name, input.path),
    ),

  upload: router({
    start: publicProcedure.input(volumeFilesUploadStartInput).mutation(({ ctx, input }) => ({
      uploadId: ctx.services.volumeUploads.start(input.name, input.folder, input.fileName, input.size),
    })),

    chunk: publicProcedure.input(volumeRestoreChunkInput).mutation(async ({ ctx, input }) => ({
      received: await ctx.services.volumeUploads.chunk(input.uploadId, input.offset, input.data),
    })),

    cancel: publicProcedure
      .input(volumeRestoreCancelInput)
      .mutation(({ ctx, input }) => ctx.services.volumeUploads.cancel(input.uploadId)),

    finish: engineProcedure
      .input(volumeRestoreCancelInput)
      .mutation(({ ctx, input }) =>
        ctx.services.volumeUploads.finish(ctx.engine.api(), helperImage(ctx), input.uploadId),
      ),
  }),
});
