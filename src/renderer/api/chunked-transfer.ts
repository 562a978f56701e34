// The browser's half of the chunked transfers every feature uses: a download that acknowledges
// each base64 chunk (the server keeps a bounded window ahead) and saves the assembled Blob, and an
// upload that sends a File in base64 slices, in order, cancelling the upload if a slice fails.
import type { DownloadChunk } from '../../shared/api/container-files';
import { base64ToBytes, blobToBase64, saveBlob } from './binary';
import { randomId } from './random-id';

interface DownloadFeed {
  /** Subscribes to the download named `downloadId`. */
  subscribe(
    downloadId: string,
    handlers: { onData(chunk: DownloadChunk): void; onError(error: unknown): void },
  ): { unsubscribe(): void };
  /** Tells the server how many bytes arrived, so it sends the next window. */
  ack(downloadId: string, received: number): Promise<unknown>;
}

/** Receives a file or folder download (start, data..., end) and saves it under its name. */
export function receiveDownload(
  feed: DownloadFeed,
  onProgress: (bytes: number) => void = () => undefined,
): Promise<{ fileName: string; bytes: number }> {
  const downloadId = randomId();
  return new Promise((resolve, reject) => {
    const parts: Uint8Array<ArrayBuffer>[] = [];
    let received = 0;
    let start: Extract<DownloadChunk, { type: 'start' }> | null = null;
    const subscription = feed.subscribe(downloadId, {
      onData: (chunk) => {
        if (chunk.type === 'start') start = chunk;
        else if (chunk.type === 'data') {
          const bytes = base64ToBytes(chunk.data);
          parts.push(bytes);
          received += bytes.length;
          onProgress(received);
          void feed.ack(downloadId, received).catch(() => undefined);
        } else {
          subscription.unsubscribe();
          const fileName = start?.fileName ?? 'download';
          saveBlob(new Blob(parts, { type: start?.mime ?? 'application/octet-stream' }), fileName);
          resolve({ fileName, bytes: received });
        }
      },
      onError: reject,
    });
  });
}

/**
 * Sends `file` in slices of `chunkBytes` through `send`, in order; on a failure `cancel` frees the
 * upload on the server before the error is rethrown.
 */
export async function sendSlices(
  file: Blob,
  chunkBytes: number,
  send: (offset: number, data: string) => Promise<unknown>,
  cancel: () => Promise<unknown>,
  onProgress: (sent: number) => void = () => undefined,
): Promise<void> {
  try {
    for (let offset = 0; offset < file.size; offset += chunkBytes) {
      await send(offset, await blobToBase64(file.slice(offset, offset + chunkBytes)));
      onProgress(Math.min(file.size, offset + chunkBytes));
    }
  } catch (error) {
    await cancel().catch(() => undefined);
    throw error;
  }
}
