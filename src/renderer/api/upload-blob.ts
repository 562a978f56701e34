// Sends a Blob to the backend's upload store in 1 MiB base64 chunks, a few in flight at once (the
// server writes each at its offset). Image loads and uploaded build folders both go this way.
import { LOAD_CHUNK_BYTES } from '../../shared/api/images-build';
import type { TRPCClient } from '@trpc/client';
import { blobToBase64 } from './binary';
import type { AppRouter } from './types';

const IN_FLIGHT = 3;

export interface BlobUpload {
  onProgress(done: number, total: number): void;
  /** Asked between chunks: true stops the upload and discards what the server has. */
  cancelled(): boolean;
}

/** The upload's id once every byte is there, or null when it was cancelled. */
export async function uploadBlob(
  client: TRPCClient<AppRouter>,
  blob: Blob,
  fileName: string,
  { onProgress, cancelled }: BlobUpload,
): Promise<string | null> {
  const { uploadId } = await client.images.loadStart.mutate({ fileName, size: blob.size });
  let next = 0;
  let done = 0;
  const send = async (): Promise<void> => {
    while (next < blob.size && !cancelled()) {
      const offset = next;
      next += LOAD_CHUNK_BYTES;
      const slice = blob.slice(offset, offset + LOAD_CHUNK_BYTES);
      await client.images.loadChunk.mutate({ uploadId, offset, data: await blobToBase64(slice) });
      done += slice.size;
      onProgress(done, blob.size);
    }
  };
  try {
    await Promise.all(Array.from({ length: IN_FLIGHT }, send));
  } catch (error) {
    // The server ends an upload on any refused chunk; this frees it when the failure was ours.
    await client.images.loadCancel.mutate({ uploadId }).catch(() => undefined);
    throw error;
  }
  if (cancelled()) {
    await client.images.loadCancel.mutate({ uploadId });
    return null;
  }
  return uploadId;
}
