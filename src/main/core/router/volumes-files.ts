// Browsing a volume: list, download, upload, make a folder, delete, through helpers (volumes/browse.ts).
import {
  volumeFilesDownloadInput,
  volumeFilesListInput,
  volumeFilesPathInput,
  volumeFilesUploadStartInput,
  volumeRestoreCancelInput,
  volumeRestoreChunkInput,
  volumeBackupAckInput,
} from '../../../shared/api/volumes-manage';
import { deleteVolumePath, downloadVolumePath, listVolumeFolder, makeVolumeFolder } from '../volumes/browse';
import { engineProcedure, publicProcedure, router, type Context } from './trpc';
import { flowDownload } from '../streams/flow-window';

const helperImage = (ctx: Context) => ctx.settings.get().volumeHelperImage;

export const volumeFilesRouter = router({
  filesList: engineProcedure
    .input(volumeFilesListInput)
    .query(({ ctx, input }) => listVolumeFolder(ctx.engine.api(), helperImage(ctx), input.name, input.path)),

  filesDownload: engineProcedure.input(volumeFilesDownloadInput).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const docker = await ctx.engine.api();
    yield* flowDownload(ctx.services.downloads, input.downloadId, signal, (window, inner) =>
      downloadVolumePath(docker, helperImage(ctx), input.name, input.path, window, inner),
    );
  }),

  filesDownloadAck: publicProcedure
    .input(volumeBackupAckInput)
    .mutation(({ ctx, input }) => ctx.services.downloads.ack(input.downloadId, input.received)),

  filesMkdir: engineProcedure
    .input(volumeFilesPathInput)
    .mutation(({ ctx, input }) =>
      makeVolumeFolder(ctx.engine.api(), helperImage(ctx), input.name, input.path),
    ),

  filesDelete: engineProcedure
    .input(volumeFilesPathInput)
    .mutation(({ ctx, input }) =>
      deleteVolumePath(ctx.engine.api(), helperImage(ctx), input.name, input.path),
    ),

  filesUploadStart: publicProcedure.input(volumeFilesUploadStartInput).mutation(({ ctx, input }) => ({
    uploadId: ctx.services.volumeUploads.start(input.name, input.folder, input.fileName, input.size),
  })),

  filesUploadChunk: publicProcedure.input(volumeRestoreChunkInput).mutation(async ({ ctx, input }) => ({
    received: await ctx.services.volumeUploads.chunk(input.uploadId, input.offset, input.data),
  })),

  filesUploadCancel: publicProcedure
    .input(volumeRestoreCancelInput)
    .mutation(({ ctx, input }) => ctx.services.volumeUploads.cancel(input.uploadId)),

  filesUploadFinish: engineProcedure
    .input(volumeRestoreCancelInput)
    .mutation(({ ctx, input }) =>
      ctx.services.volumeUploads.finish(ctx.engine.api(), helperImage(ctx), input.uploadId),
    ),
});
