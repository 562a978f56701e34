// Sends a Blob to the image upload store in 1 MiB base64 chunks, a few in flight at once (the
// server writes each at its offset). Image loads and uploaded build folders both go this way.
import type { TRPCClient } from '@trpc/client';
import { LOAD_CHUNK_BYTES } from '@shared/api/images-build';
import { sendUpload } from './chunked-transfer';
import type { AppRouter } from './types';

export interface BlobUpload {
  onProgress(done: number, total: number): void;
  /** Asked between chunks: true stops the upload and discards what the server has. */
  cancelled(): boolean;
}

/** The upload's id once every byte is there, or null when it was cancelled. */
export function uploadBlob(
  client: TRPCClient<AppRouter>,
  blob: Blob,
  fileName: string,
  { onProgress, cancelled }: BlobUpload,
): Promise<string | null> {
  return sendUpload(
    {
      start: () => client.images.archive.load.start.mutate({ fileName, size: blob.size }),
      chunk: (slice) => client.images.archive.load.chunk.mutate(slice),
      cancel: (upload) => client.images.archive.load.cancel.mutate(upload),
    },
    blob,
    {
      chunkBytes: LOAD_CHUNK_BYTES,
      inFlight: 3,
      cancelled,
      onProgress: (sent) => onProgress(sent, blob.size),
    },
  );
}
