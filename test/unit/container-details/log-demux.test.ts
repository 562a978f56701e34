// The multiplexed log framing: frames split anywhere across chunks, stdout vs stderr, lines
// split across frames, and UTF-8 split across chunks.
import { describe, expect, it } from 'vitest';
import { LineSplitter, LogDemuxer } from '../../../src/main/core/containers/log-demux';

function frame(stream: number, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

const decode = (frames: { stream: string; payload: Buffer }[]) =>
  frames.map((f) => `${f.stream}:${f.payload.toString()}`);

describe('LogDemuxer', () => {
  it('reads several frames from one chunk and tells stdout from stderr', () => {
    const demux = new LogDemuxer();
    const chunk = Buffer.concat([frame(1, 'out one\n'), frame(2, 'err one\n'), frame(1, 'out two\n')]);
    expect(decode(demux.push(chunk))).toEqual(['stdout:out one\n', 'stderr:err one\n', 'stdout:out two\n']);
    expect(demux.buffered).toBe(0);
  });

  it('reassembles frames split at every possible byte', () => {
    const all = Buffer.concat([frame(1, 'hello\n'), frame(2, 'oops\n'), frame(1, 'bye\n')]);
    for (let cut = 1; cut < all.length; cut++) {
      const demux = new LogDemuxer();
      const first = demux.push(all.subarray(0, cut));
      const second = demux.push(all.subarray(cut));
      expect(decode([...first, ...second])).toEqual(['stdout:hello\n', 'stderr:oops\n', 'stdout:bye\n']);
      expect(demux.buffered).toBe(0);
    }
  });

  it('handles a header arriving one byte at a time and an empty frame', () => {
    const demux = new LogDemuxer();
    const all = Buffer.concat([frame(2, ''), frame(2, 'x')]);
    const frames = [...all].flatMap((byte) => demux.push(Buffer.from([byte])));
    expect(decode(frames)).toEqual(['stderr:', 'stderr:x']);
  });

  it('keeps an incomplete frame until its payload is complete', () => {
    const demux = new LogDemuxer();
    const whole = frame(1, 'abcdef');
    expect(demux.push(whole.subarray(0, 10))).toEqual([]);
    expect(demux.buffered).toBe(10);
    expect(decode(demux.push(whole.subarray(10)))).toEqual(['stdout:abcdef']);
  });
});

describe('LineSplitter', () => {
  it('joins a line split across payloads and strips CR', () => {
    const split = new LineSplitter();
    expect(split.push(Buffer.from('one\r\ntw'))).toEqual(['one']);
    expect(split.push(Buffer.from('o\nthree'))).toEqual(['two']);
    expect(split.flush()).toEqual(['three']);
    expect(split.flush()).toEqual([]);
  });

  it('decodes UTF-8 characters split across chunks', () => {
    const split = new LineSplitter();
    const bytes = Buffer.from('안녕\n');
    expect(split.push(bytes.subarray(0, 2))).toEqual([]);
    expect(split.push(bytes.subarray(2))).toEqual(['안녕']);
  });

  it('cuts a line that never ends so memory stays bounded', () => {
    const split = new LineSplitter(10);
    expect(split.push(Buffer.from('x'.repeat(25)))).toEqual(['x'.repeat(25)]);
    expect(split.push(Buffer.from('tail\n'))).toEqual(['tail']);
  });
});
