// The multiplexed log framing: frames split anywhere across chunks, stdout vs stderr, runs of
// frames joined per stream, lines split across frames, UTF-8 split across chunks, and blocks of
// whole lines with their counts.
import { describe, expect, it } from 'vitest';
import { countLines, LineBlocks, LogDecoder, LogDemuxer } from '@core/containers/log-demux';

function frame(stream: number, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

const decode = (runs: { stream: string; payload: Buffer }[]) =>
  runs.map((run) => `${run.stream}:${run.payload.toString()}`);

describe('LogDemuxer', () => {
  it('joins consecutive frames of one stream and tells stdout from stderr', () => {
    const demux = new LogDemuxer();
    const chunk = Buffer.concat([
      frame(1, 'out one\n'),
      frame(1, 'out two\n'),
      frame(2, 'err one\n'),
      frame(1, 'out three\n'),
    ]);
    expect(decode(demux.push(chunk))).toEqual([
      'stdout:out one\nout two\n',
      'stderr:err one\n',
      'stdout:out three\n',
    ]);
    expect(demux.buffered).toBe(0);
  });

  it('reassembles frames split at every possible byte', () => {
    const all = Buffer.concat([frame(1, 'hello\n'), frame(2, 'oops\n'), frame(1, 'bye\n')]);
    for (let cut = 1; cut < all.length; cut++) {
      const demux = new LogDemuxer();
      const runs = [...demux.push(all.subarray(0, cut)), ...demux.push(all.subarray(cut))];
      expect(runs.map((run) => run.stream).join()).toMatch(/^stdout,(stdout,)?stderr,(stderr,)?stdout$/);
      const text = (stream: string) =>
        runs
          .filter((run) => run.stream === stream)
          .map((run) => run.payload.toString())
          .join('');
      expect(text('stdout')).toBe('hello\nbye\n');
      expect(text('stderr')).toBe('oops\n');
      expect(demux.buffered).toBe(0);
    }
  });

  it('handles a header arriving one byte at a time, empty frames and stdin frames', () => {
    const demux = new LogDemuxer();
    const all = Buffer.concat([frame(2, ''), frame(0, 'typed'), frame(2, 'x')]);
    const runs = [...all].flatMap((byte) => demux.push(Buffer.from([byte])));
    expect(decode(runs)).toEqual(['stderr:x']);
  });

  it('keeps an incomplete frame until its payload is complete', () => {
    const demux = new LogDemuxer();
    const whole = frame(1, 'abcdef');
    expect(demux.push(whole.subarray(0, 10))).toEqual([]);
    expect(demux.buffered).toBe(10);
    expect(decode(demux.push(whole.subarray(10)))).toEqual(['stdout:abcdef']);
  });
});

describe('LineBlocks', () => {
  it('gives whole lines only, keeping a line split across payloads for the next', () => {
    const lines = new LineBlocks('stdout');
    expect(lines.push(Buffer.from('one\r\ntwo\nth'))).toEqual({
      stream: 'stdout',
      text: 'one\r\ntwo\n',
      lines: 2,
    });
    expect(lines.push(Buffer.from('r'))).toBeNull();
    expect(lines.push(Buffer.from('ee\nfo'))).toEqual({ stream: 'stdout', text: 'three\n', lines: 1 });
    expect(lines.flush()).toEqual({ stream: 'stdout', text: 'fo\n', lines: 1 });
    expect(lines.flush()).toBeNull();
  });

  it('decodes UTF-8 characters split across chunks', () => {
    const lines = new LineBlocks('stderr');
    const bytes = Buffer.from('안녕\n');
    expect(lines.push(bytes.subarray(0, 2))).toBeNull();
    expect(lines.push(bytes.subarray(2))).toEqual({ stream: 'stderr', text: '안녕\n', lines: 1 });
  });

  it('cuts a line that never ends so memory stays bounded', () => {
    const lines = new LineBlocks('stdout', 10);
    expect(lines.push(Buffer.from('x'.repeat(25)))).toEqual({
      stream: 'stdout',
      text: `${'x'.repeat(25)}\n`,
      lines: 1,
    });
    expect(lines.push(Buffer.from('a\nb'.concat('y'.repeat(20))))).toEqual({
      stream: 'stdout',
      text: `a\nb${'y'.repeat(20)}\n`,
      lines: 2,
    });
    expect(lines.push(Buffer.from('tail\n'))).toEqual({ stream: 'stdout', text: 'tail\n', lines: 1 });
  });
});

describe('LogDecoder', () => {
  it('turns many one-line frames into one block per stream run', () => {
    const frames = Array.from({ length: 1000 }, (_, i) => frame(1, `${i + 1}\n`));
    const decoder = new LogDecoder(false);
    const blocks = decoder.push(Buffer.concat([...frames, frame(2, 'bad\n'), frame(1, 'partial')]));
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.lines).toBe(1000);
    expect(blocks[0]!.text.endsWith('999\n1000\n')).toBe(true);
    expect(blocks[1]).toEqual({ stream: 'stderr', text: 'bad\n', lines: 1 });
    expect(decoder.flush()).toEqual([{ stream: 'stdout', text: 'partial\n', lines: 1 }]);
  });

  it('reads a TTY stream raw, as stdout', () => {
    const decoder = new LogDecoder(true);
    expect(decoder.push(Buffer.from('\u001b[32mgreen\u001b[0m\r\nnext'))).toEqual([
      { stream: 'stdout', text: '\u001b[32mgreen\u001b[0m\r\n', lines: 1 },
    ]);
    expect(decoder.flush()).toEqual([{ stream: 'stdout', text: 'next\n', lines: 1 }]);
  });

  it('counts lines', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a\nb\n\n')).toBe(3);
  });
});
