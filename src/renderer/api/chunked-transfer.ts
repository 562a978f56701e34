// The browser's half of the chunked transfers every feature uses: a download that acknowledges
// each base64 chunk (the server keeps a bounded window ahead) and saves the assembled Blob, and an
// upload that sends a Blob in base64 slices through the server's upload store, in order or a few
// at once, cancelling the upload on the server if a slice fails.
import type { DownloadChunk } from '@shared/api/download-chunk';
import { base64ToBytes, blobToBase64, saveBlob } from './binary';
import { randomId } from './random-id';

interface DownloadFeed<Start extends object> {
  /** Subscribes to the download named `downloadId`. */
  subscribe(
    downloadId: string,
    handlers: { onData(chunk: DownloadChunk<Start>): void; onError(error: unknown): void },
  ): { unsubscribe(): void };
  /** Tells the server how many bytes arrived, so it sends the next window. */
  ack(downloadId: string, received: number): Promise<unknown>;
}

export interface DownloadOptions<Start extends object> {
  onStart?: (start: Extract<DownloadChunk<Start>, { type: 'start' }>) => void;
  onProgress?: (bytes: number) => void;
  /** Aborting leaves the download: the server stops, nothing is saved, the promise rejects. */
  signal?: AbortSignal;
}

/** Receives a download (start, data..., end) and saves it under the name its start gave. */
export function receiveDownload<Start extends object = object>(
  feed: DownloadFeed<Start>,
  { onStart, onProgress, signal }: DownloadOptions<Start> = {},
): Promise<{ fileName: string; bytes: number }> {
  const downloadId = randomId();
  return new Promise((resolve, reject) => {
    const parts: Uint8Array<ArrayBuffer>[] = [];
    let received = 0;
    let start: { fileName: string; mime: string } | null = null;
    const leave = () => {
      subscription.unsubscribe();
      reject(signal?.reason);
    };
    const subscription = feed.subscribe(downloadId, {
      onData: (chunk) => {
        if (chunk.type === 'start') {
          start = chunk;
          onStart?.(chunk);
        } else if (chunk.type === 'data') {
          const bytes = base64ToBytes(chunk.data);
          parts.push(bytes);
          received += bytes.length;
          onProgress?.(received);
          void feed.ack(downloadId, received).catch(() => undefined);
        } else {
          subscription.unsubscribe();
          signal?.removeEventListener('abort', leave);
          const fileName = start?.fileName ?? 'download';
          saveBlob(new Blob(parts, { type: start?.mime ?? 'application/octet-stream' }), fileName);
          resolve({ fileName, bytes: received });
        }
      },
      onError: (error) => {
        signal?.removeEventListener('abort', leave);
        reject(error);
      },
    });
    if (signal?.aborted) leave();
    else signal?.addEventListener('abort', leave, { once: true });
  });
}

/** The calls of one kind of upload: start it, send a slice at its offset, free it on the server. */
export interface UploadCalls {
  start(): Promise<{ uploadId: string }>;
  chunk(slice: { uploadId: string; offset: number; data: string }): Promise<unknown>;
  cancel(upload: { uploadId: string }): Promise<unknown>;
}

export interface UploadOptions {
  chunkBytes: number;
  /** Slices sent at once (the server writes each at its offset); 1, the default, sends in order. */
  inFlight?: number;
  onProgress?: (sent: number) => void;
  /** Asked between slices: true stops the upload and discards what the server has. */
  cancelled?: () => boolean;
}

/** Sends `blob` through the upload store; its upload ID once every byte is there. */
export function sendUpload(
  calls: UploadCalls,
  blob: Blob,
  options: UploadOptions & { cancelled?: undefined },
): Promise<string>;
/** ... or null when `cancelled` stopped it. */
export function sendUpload(calls: UploadCalls, blob: Blob, options: UploadOptions): Promise<string | null>;
export async function sendUpload(
  calls: UploadCalls,
  blob: Blob,
  { chunkBytes, inFlight = 1, onProgress, cancelled = () => false }: UploadOptions,
): Promise<string | null> {
  const { uploadId } = await calls.start();
  let next = 0;
  let sent = 0;
  const lane = async (): Promise<void> => {
    while (next < blob.size && !cancelled()) {
      const offset = next;
      next += chunkBytes;
      const slice = blob.slice(offset, offset + chunkBytes);
      await calls.chunk({ uploadId, offset, data: await blobToBase64(slice) });
      sent += slice.size;
      onProgress?.(sent);
    }
  };
  try {
    await Promise.all(Array.from({ length: inFlight }, lane));
  } catch (error) {
    // The server ends an upload on any refused slice; this frees it when the failure was ours.
    await calls.cancel({ uploadId }).catch(() => undefined);
    throw error;
  }
  if (cancelled()) {
    await calls.cancel({ uploadId });
    return null;
  }
  return uploadId;
}
