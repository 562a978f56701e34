// Files in and out through a router's `files` procedures: containers and volumes have the same
// (download and downloadAck; upload.start, chunk, cancel and finish), so one download and one
// upload serve both, over the chunked transfers (chunked-transfer.ts).
import type { DownloadChunk } from '@shared/api/download-chunk';
import { receiveDownload, sendUpload } from './chunked-transfer';

interface Mutation<Input, Output> {
  mutate(input: Input): Promise<Output>;
}

export interface FileProcedures<Where, Start> {
  download: {
    subscribe(
      input: Where & { downloadId: string },
      handlers: { onData(chunk: DownloadChunk): void; onError(error: unknown): void },
    ): { unsubscribe(): void };
  };
  downloadAck: Mutation<{ downloadId: string; received: number }, unknown>;
  upload: {
    start: Mutation<Start, { uploadId: string }>;
    chunk: Mutation<{ uploadId: string; offset: number; data: string }, unknown>;
    cancel: Mutation<{ uploadId: string }, unknown>;
    finish: Mutation<{ uploadId: string }, { path: string; bytes: number }>;
  };
}

/** Downloads what `where` names (a file, or a folder as .tar) and saves it. */
export function downloadFile<Where extends object>(
  files: Pick<FileProcedures<Where, never>, 'download' | 'downloadAck'>,
  where: Where,
  onProgress?: (bytes: number) => void,
): Promise<{ fileName: string; bytes: number }> {
  return receiveDownload(
    {
      subscribe: (downloadId, handlers) => files.download.subscribe({ ...where, downloadId }, handlers),
      ack: (downloadId, received) => files.downloadAck.mutate({ downloadId, received }),
    },
    { onProgress },
  );
}

/** Uploads `file` as `start` describes it (where it goes), in order; where it landed. */
export async function uploadFile<Start>(
  files: Pick<FileProcedures<never, Start>, 'upload'>,
  start: Start,
  file: Blob,
  options: { chunkBytes: number; onProgress?: (sent: number) => void },
): Promise<{ path: string; bytes: number }> {
  const uploadId = await sendUpload(
    {
      start: () => files.upload.start.mutate(start),
      chunk: (slice) => files.upload.chunk.mutate(slice),
      cancel: (upload) => files.upload.cancel.mutate(upload),
    },
    file,
    options,
  );
  return files.upload.finish.mutate({ uploadId });
}
