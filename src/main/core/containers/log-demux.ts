// A container's output as blocks of whole lines. Non-TTY containers send the engine's multiplexed
// framing: each frame is an 8-byte header [stream, 0, 0, 0, size (uint32 big-endian)] then `size`
// bytes, and frames may arrive split across chunks (and many per chunk). TTY containers send raw
// bytes. A program printing line by line makes one frame per line, so frames are never handled
// one at a time past the header: consecutive frames of one stream are copied into one buffer,
// decoded once, and cut at the last newline, so a 64 KiB chunk becomes one block, not 8,000 strings.
// Pure: no streams, so it is unit-tested directly.
import { StringDecoder } from 'node:string_decoder';
import type { LogBlock, LogStream } from '@shared/api/container-details';

const HEADER = 8;
const EMPTY = Buffer.alloc(0);

/** Frame type byte → stream (0 is stdin, never sent for logs; anything unknown reads as stdout). */
function streamOf(type: number): LogStream | null {
  if (type === 2) return 'stderr';
  return type === 0 ? null : 'stdout';
}

/**
 * Whole lines from one stream's bytes; keeps an unfinished last line (and a UTF-8 character split
 * across chunks) for the next push. A line longer than `maxLine` is cut, so a process that never
 * prints a newline cannot grow memory.
 */
export class LineBlocks {
  private partial = '';
  private readonly decoder = new StringDecoder('utf8');

  constructor(
    private readonly stream: LogStream,
    private readonly maxLine = 64 * 1024,
  ) {}

  push(bytes: Buffer): LogBlock | null {
    const text = this.decoder.write(bytes);
    const cut = text.lastIndexOf('\n');
    if (cut < 0) {
      this.partial += text;
      if (this.partial.length <= this.maxLine) return null;
      return this.take(`${this.partial}\n`, '');
    }
    const rest = text.slice(cut + 1);
    const whole = this.partial + text.slice(0, cut + 1);
    if (rest.length > this.maxLine) return this.take(`${whole}${rest}\n`, '');
    return this.take(whole, rest);
  }

  /** The unfinished line, if any, when the stream ends (given a newline). */
  flush(): LogBlock | null {
    const rest = this.partial + this.decoder.end();
    this.partial = '';
    return rest ? { stream: this.stream, text: `${rest}\n`, lines: 1 } : null;
  }

  private take(text: string, rest: string): LogBlock {
    this.partial = rest;
    return { stream: this.stream, text, lines: countLines(text) };
  }
}

/** Newlines in `text` (indexOf is native and far faster than a character loop). */
export function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** One stream's bytes: the payloads of consecutive frames of that stream, joined. */
export interface DemuxRun {
  stream: LogStream;
  payload: Buffer;
}

/** The multiplexed framing → runs of bytes per stream, in order (stdin frames are skipped). */
export class LogDemuxer {
  private pending: Buffer = EMPTY;

  push(chunk: Buffer): DemuxRun[] {
    const data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const runs: DemuxRun[] = [];
    // Payloads of consecutive same-stream frames are gathered, then copied once per run.
    let parts: Buffer[] = [];
    let current: LogStream | null = null;
    const close = () => {
      if (current && parts.length)
        runs.push({ stream: current, payload: parts.length === 1 ? parts[0]! : Buffer.concat(parts) });
      parts = [];
    };
    let offset = 0;
    while (data.length - offset >= HEADER) {
      const size = data.readUInt32BE(offset + 4);
      if (data.length - offset - HEADER < size) break;
      const stream = streamOf(data[offset]!);
      if (stream !== current) {
        close();
        current = stream;
      }
      if (stream && size) parts.push(data.subarray(offset + HEADER, offset + HEADER + size));
      offset += HEADER + size;
    }
    close();
    // Copy the tail so the (possibly large) chunk it came from can be collected.
    this.pending = offset < data.length ? Buffer.from(data.subarray(offset)) : EMPTY;
    return runs;
  }

  /** Bytes held back waiting for the rest of a frame. */
  get buffered(): number {
    return this.pending.length;
  }
}

/** Decodes a log stream (multiplexed, or raw for a TTY) into blocks of whole lines, in order. */
export class LogDecoder {
  private readonly demux = new LogDemuxer();
  private readonly splitters: Record<LogStream, LineBlocks>;

  constructor(
    private readonly tty: boolean,
    maxLine?: number,
  ) {
    this.splitters = { stdout: new LineBlocks('stdout', maxLine), stderr: new LineBlocks('stderr', maxLine) };
  }

  push(chunk: Buffer): LogBlock[] {
    const runs = this.tty ? [{ stream: 'stdout' as const, payload: chunk }] : this.demux.push(chunk);
    const blocks: LogBlock[] = [];
    for (const run of runs) {
      const block = this.splitters[run.stream].push(run.payload);
      if (block) blocks.push(block);
    }
    return blocks;
  }

  /** What is left when the stream ends: unfinished lines, stdout first. */
  flush(): LogBlock[] {
    return [this.splitters.stdout.flush(), this.splitters.stderr.flush()].filter(
      (block): block is LogBlock => block !== null,
    );
  }
}
