// The file browser of a container, through the archive API: list, download, view, make a folder,
// delete, upload.
import {
  filesDeleteInput,
  filesDownloadAckInput,
  filesDownloadInput,
  filesListInput,
  filesMkdirInput,
  filesUploadChunkInput,
  filesUploadFinishInput,
  filesUploadStartInput,
  filesViewInput,
  type FileView,
  type FolderListing,
} from '@shared/api/container-files';
import { downloadPath } from '../containers/file-download';
import { deletePath, makeFolder, viewFile } from '../containers/file-edit';
import { parseFolderTar } from '../containers/file-listing';
import { engineProcedure, publicProcedure, router } from './trpc';
import type { Readable } from 'node:stream';
import { flowDownload } from '../streams/flow-window';

export const containerFilesRouter = router({
  /** Entries directly inside a folder, read from the archive API (running or stopped containers). */
  list: engineProcedure.input(filesListInput).query(async ({ ctx, input }): Promise<FolderListing> => {
    const tar = await ctx.engine.api().getContainer(input.id).getArchive({ path: input.path });
    return parseFolderTar(tar as unknown as Readable, input.path);
  }),

  /** A file's bytes, or a folder's tar, as base64 chunks: start, data..., end. */
  download: engineProcedure.input(filesDownloadInput).subscription(async function* ({ ctx, input, signal }) {
    const docker = ctx.engine.api();
    yield* flowDownload(ctx.services.downloads, input.downloadId, signal, (window, inner) =>
      downloadPath(docker, input.id, input.path, window, inner),
    );
  }),

  downloadAck: publicProcedure
    .input(filesDownloadAckInput)
    .mutation(({ ctx, input }) => ctx.services.downloads.ack(input.downloadId, input.received)),

  /** `mkdir`, through the archive API: works on stopped containers too. */
  mkdir: engineProcedure
    .input(filesMkdirInput)
    .mutation(({ ctx, input }) => makeFolder(ctx.engine.api(), input.id, input.path)),

  /** A regular file of at most 1 MiB, as text (or marked binary), through the archive API. */
  view: engineProcedure
    .input(filesViewInput)
    .query(({ ctx, input }): Promise<FileView> => viewFile(ctx.engine.api(), input.id, input.path)),

  /** `rm -rf --` by exec: only a running container (the engine API has no delete). */
  delete: engineProcedure
    .input(filesDeleteInput)
    .mutation(({ ctx, input }) => deletePath(ctx.engine.api(), input.id, input.path)),

  upload: router({
    start: publicProcedure.input(filesUploadStartInput).mutation(({ ctx, input }) => ({
      uploadId: ctx.services.fileUploads.start(input.id, input.folder, input.name, input.size),
    })),

    chunk: publicProcedure.input(filesUploadChunkInput).mutation(async ({ ctx, input }) => ({
      received: await ctx.services.fileUploads.chunk(input.uploadId, input.offset, input.data),
    })),

    finish: engineProcedure.input(filesUploadFinishInput).mutation(({ ctx, input }) => {
      const uploads = ctx.services.fileUploads;
      let docker;
      try {
        docker = ctx.engine.api();
      } catch (error) {
        uploads.cancel(input.uploadId); // no engine to finish it: its bytes are not kept
        throw error;
      }
      return uploads.finish(docker, input.uploadId);
    }),

    cancel: publicProcedure
      .input(filesUploadFinishInput)
      .mutation(({ ctx, input }) => ctx.services.fileUploads.cancel(input.uploadId)),
  }),
});
