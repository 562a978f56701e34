// The one upload loop (api/chunked-transfer.ts): in order with one slice in flight, or a few at
// once; every offset once; a failed slice cancels the upload on the server; a cancel stops it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendUpload, type UploadCalls } from '@renderer/api/chunked-transfer';

/** The browser's FileReader, as much of it as blobToBase64 uses (Node has Blob, not FileReader). */
class NodeFileReader {
  result: string | null = null;
  error: Error | null = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  readAsDataURL(blob: Blob): void {
    void blob.arrayBuffer().then((bytes) => {
      this.result = `data:application/octet-stream;base64,${Buffer.from(bytes).toString('base64')}`;
      this.onload?.();
    });
  }
}

beforeEach(() => vi.stubGlobal('FileReader', NodeFileReader));
afterEach(() => vi.unstubAllGlobals());

function recorder(fail?: (offset: number) => boolean) {
  const sent: { offset: number; bytes: Buffer }[] = [];
  const cancelled: string[] = [];
  let inFlight = 0;
  let most = 0;
  const calls: UploadCalls = {
    start: () => Promise.resolve({ uploadId: 'u1' }),
    chunk: async ({ uploadId, offset, data }) => {
      expect(uploadId).toBe('u1');
      inFlight += 1;
      most = Math.max(most, inFlight);
      await Promise.resolve();
      inFlight -= 1;
      if (fail?.(offset)) throw new Error(`refused at ${offset}`);
      sent.push({ offset, bytes: Buffer.from(data, 'base64') });
    },
    cancel: ({ uploadId }) => {
      cancelled.push(uploadId);
      return Promise.resolve();
    },
  };
  return { calls, sent, cancelled, most: () => most };
}

const blob = new Blob([Buffer.from(Array.from({ length: 25 }, (_, i) => i))]);

describe('sendUpload', () => {
  it('sends the slices in order with one in flight, reporting progress', async () => {
    const { calls, sent, cancelled, most } = recorder();
    const progress: number[] = [];
    const id = await sendUpload(calls, blob, { chunkBytes: 10, onProgress: (n) => progress.push(n) });
    expect(id).toBe('u1');
    expect(sent.map((slice) => slice.offset)).toEqual([0, 10, 20]);
    expect(Buffer.concat(sent.map((slice) => slice.bytes))).toEqual(Buffer.from(await blob.arrayBuffer()));
    expect(progress).toEqual([10, 20, 25]);
    expect(most()).toBe(1);
    expect(cancelled).toEqual([]);
  });

  it('sends every offset once with several in flight', async () => {
    const { calls, sent, most } = recorder();
    const id = await sendUpload(calls, blob, { chunkBytes: 5, inFlight: 3 });
    expect(id).toBe('u1');
    expect(sent.map((slice) => slice.offset).sort((a, b) => a - b)).toEqual([0, 5, 10, 15, 20]);
    expect(most()).toBe(3);
  });

  it('cancels the upload on the server when a slice fails, and rethrows', async () => {
    const { calls, cancelled } = recorder((offset) => offset === 10);
    await expect(sendUpload(calls, blob, { chunkBytes: 10 })).rejects.toThrow('refused at 10');
    expect(cancelled).toEqual(['u1']);
  });

  it('stops between slices when cancelled, discards the upload and returns null', async () => {
    const { calls, sent, cancelled } = recorder();
    const id = await sendUpload(calls, blob, { chunkBytes: 10, cancelled: () => sent.length >= 1 });
    expect(id).toBeNull();
    expect(sent).toHaveLength(1);
    expect(cancelled).toEqual(['u1']);
  });
});
