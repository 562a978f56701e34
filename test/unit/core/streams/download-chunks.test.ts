// The data part of every download: bytes re-cut into base64 chunks of about 512 KiB, each counted
// into the flow window; the total comes back at the end, null when the receiver left.
import { describe, expect, it } from 'vitest';
import { windowedData } from '@core/streams/download-chunks';
import { FlowWindow } from '@core/streams/flow-window';

async function* pieces(sizes: number[]): AsyncGenerator<Buffer> {
  let value = 0;
  for (const size of sizes) yield Buffer.alloc(size, value++ % 256);
}

describe('windowedData', () => {
  it('re-cuts the bytes into base64 chunks and returns the total', async () => {
    const window = new FlowWindow(Number.MAX_SAFE_INTEGER);
    const sizes = [300 * 1024, 300 * 1024, 10];
    const source = windowedData(pieces(sizes), window);
    const chunks: Buffer[] = [];
    let step = await source.next();
    while (!step.done) {
      expect(step.value.type).toBe('data');
      chunks.push(Buffer.from(step.value.data, 'base64'));
      step = await source.next();
    }
    expect(chunks.map((chunk) => chunk.length)).toEqual([600 * 1024, 10]);
    expect(step.value).toBe(600 * 1024 + 10);
    const expected = Buffer.concat(sizes.map((size, i) => Buffer.alloc(size, i)));
    expect(Buffer.concat(chunks).equals(expected)).toBe(true);
  });

  it('stops with null when the receiver leaves while the window is full', async () => {
    const window = new FlowWindow(1024);
    const leave = new AbortController();
    const source = windowedData(pieces([600 * 1024, 600 * 1024]), window, leave.signal);
    const first = await source.next();
    expect(first.done).toBe(false);
    const next = source.next(); // waits for room: nothing was acknowledged
    leave.abort();
    expect(await next).toEqual({ done: true, value: null });
  });
});
