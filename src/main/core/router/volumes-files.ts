// Browsing a volume: list, download, upload, make a folder, delete, through helpers (volumes/browse.ts).
import { TRPCError } from '@trpc/server';
import {
  volumeFilesDownloadInput,
  volumeFilesListInput,
  volumeFilesPathInput,
  volumeFilesUploadStartInput,
  volumeRestoreCancelInput,
  volumeRestoreChunkInput,
  volumeBackupAckInput,
} from '../../../shared/api/volumes-manage';
import { EngineUnavailableError } from '../engine/engine';
import { engineMessage } from '../engine/errors';
import { FileEditError } from '../containers/file-edit';
import { downloadWindows } from '../streams/flow-window';
import { UploadError } from '../streams/upload-store';
import {
  deleteVolumePath,
  downloadVolumePath,
  listVolumeFolder,
  makeVolumeFolder,
  VolumeUploads,
} from '../volumes/browse';
import { HelperImageError } from '../volumes/helper';
import { engineCall, publicProcedure, router, type Context } from './trpc';

const uploads = new VolumeUploads();
const helperImage = (ctx: Context) => ctx.settings.get().volumeHelperImage;

async function filesCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof TRPCError) throw error;
    if (error instanceof UploadError || error instanceof FileEditError)
      throw new TRPCError({ code: 'BAD_REQUEST', message: error.message });
    if (error instanceof HelperImageError || error instanceof EngineUnavailableError)
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message: error.message });
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: engineMessage(error), cause: error });
  }
}

export const volumeFilesRouter = router({
  filesList: publicProcedure
    .input(volumeFilesListInput)
    .query(({ ctx, input }) =>
      filesCall(() => listVolumeFolder(ctx.engine.api(), helperImage(ctx), input.name, input.path)),
    ),

  filesDownload: publicProcedure.input(volumeFilesDownloadInput).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const docker = await engineCall(async () => ctx.engine.api());
    const window = downloadWindows.open(input.downloadId);
    const chunks = downloadVolumePath(docker, helperImage(ctx), input.name, input.path, window, signal);
    try {
      while (true) {
        const next = await filesCall(() => chunks.next());
        if (next.done) return;
        yield next.value;
        if (signal?.aborted) return;
      }
    } finally {
      downloadWindows.close(input.downloadId, window);
      await chunks.return(undefined);
    }
  }),

  filesDownloadAck: publicProcedure
    .input(volumeBackupAckInput)
    .mutation(({ input }) => downloadWindows.ack(input.downloadId, input.received)),

  filesMkdir: publicProcedure
    .input(volumeFilesPathInput)
    .mutation(({ ctx, input }) =>
      filesCall(() => makeVolumeFolder(ctx.engine.api(), helperImage(ctx), input.name, input.path)),
    ),

  filesDelete: publicProcedure
    .input(volumeFilesPathInput)
    .mutation(({ ctx, input }) =>
      filesCall(() => deleteVolumePath(ctx.engine.api(), helperImage(ctx), input.name, input.path)),
    ),

  filesUploadStart: publicProcedure
    .input(volumeFilesUploadStartInput)
    .mutation(({ input }) =>
      filesCall(async () => ({
        uploadId: uploads.start(input.name, input.folder, input.fileName, input.size),
      })),
    ),

  filesUploadChunk: publicProcedure
    .input(volumeRestoreChunkInput)
    .mutation(({ input }) =>
      filesCall(async () => ({ received: await uploads.chunk(input.uploadId, input.offset, input.data) })),
    ),

  filesUploadCancel: publicProcedure
    .input(volumeRestoreCancelInput)
    .mutation(({ input }) => uploads.cancel(input.uploadId)),

  filesUploadFinish: publicProcedure
    .input(volumeRestoreCancelInput)
    .mutation(({ ctx, input }) =>
      filesCall(() => uploads.finish(ctx.engine.api(), helperImage(ctx), input.uploadId)),
    ),
});
