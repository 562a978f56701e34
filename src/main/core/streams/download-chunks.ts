// The data part of every chunked download (container files, volume files, volume backups): a
// byte stream re-cut into base64 chunks of about CHUNK_BYTES, each counted into the download's
// flow window, pausing while the receiver has a window's worth unacknowledged.
import type { DownloadChunk } from '@shared/api/download-chunk';
import type { FlowWindow } from './flow-window';

const CHUNK_BYTES = 512 * 1024;

/** Re-cuts a byte stream into base64 chunks of about CHUNK_BYTES. */
async function* base64Chunks(source: AsyncIterable<Buffer>): AsyncGenerator<{ data: string; bytes: number }> {
  let pending: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= CHUNK_BYTES) {
      yield { data: Buffer.concat(pending).toString('base64'), bytes: size };
      pending = [];
      size = 0;
    }
  }
  if (size > 0) yield { data: Buffer.concat(pending).toString('base64'), bytes: size };
}

/**
 * `source` as `data` chunks through `window`; returns the bytes sent, or null when `signal`
 * aborted (the receiver left, or Berth is shutting down) and the download should just stop.
 */
export async function* windowedData(
  source: AsyncIterable<Buffer>,
  window: FlowWindow,
  signal?: AbortSignal,
): AsyncGenerator<Extract<DownloadChunk, { type: 'data' }>, number | null> {
  let total = 0;
  for await (const chunk of base64Chunks(source)) {
    total += chunk.bytes;
    window.sentBytes(chunk.bytes);
    yield { type: 'data', data: chunk.data };
    await window.room(signal);
    // Left (or disposed) while paused.
    if (signal?.aborted) return null;
  }
  return total;
}
