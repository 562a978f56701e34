// Files in and out through a router's file procedures: containers and volumes name theirs alike
// (filesDownload and filesDownloadAck; filesUploadStart, Chunk, Cancel and Finish), so one
// download and one upload serve both, over the chunked transfers (chunked-transfer.ts).
import type { DownloadChunk } from '../../shared/api/download-chunk';
import { receiveDownload, sendUpload } from './chunked-transfer';

interface Mutation<Input, Output> {
  mutate(input: Input): Promise<Output>;
}

export interface FileProcedures<Where, Start> {
  filesDownload: {
    subscribe(
      input: Where & { downloadId: string },
      handlers: { onData(chunk: DownloadChunk): void; onError(error: unknown): void },
    ): { unsubscribe(): void };
  };
  filesDownloadAck: Mutation<{ downloadId: string; received: number }, unknown>;
  filesUploadStart: Mutation<Start, { uploadId: string }>;
  filesUploadChunk: Mutation<{ uploadId: string; offset: number; data: string }, unknown>;
  filesUploadCancel: Mutation<{ uploadId: string }, unknown>;
  filesUploadFinish: Mutation<{ uploadId: string }, { path: string; bytes: number }>;
}

/** Downloads what `where` names (a file, or a folder as .tar) and saves it. */
export function downloadFile<Where extends object>(
  files: Pick<FileProcedures<Where, never>, 'filesDownload' | 'filesDownloadAck'>,
  where: Where,
  onProgress?: (bytes: number) => void,
): Promise<{ fileName: string; bytes: number }> {
  return receiveDownload(
    {
      subscribe: (downloadId, handlers) => files.filesDownload.subscribe({ ...where, downloadId }, handlers),
      ack: (downloadId, received) => files.filesDownloadAck.mutate({ downloadId, received }),
    },
    { onProgress },
  );
}

/** Uploads `file` as `start` describes it (where it goes), in order; where it landed. */
export async function uploadFile<Start>(
  files: Omit<FileProcedures<never, Start>, 'filesDownload' | 'filesDownloadAck'>,
  start: Start,
  file: Blob,
  options: { chunkBytes: number; onProgress?: (sent: number) => void },
): Promise<{ path: string; bytes: number }> {
  const uploadId = await sendUpload(
    {
      start: () => files.filesUploadStart.mutate(start),
      chunk: (slice) => files.filesUploadChunk.mutate(slice),
      cancel: (upload) => files.filesUploadCancel.mutate(upload),
    },
    file,
    options,
  );
  return files.filesUploadFinish.mutate({ uploadId });
}
