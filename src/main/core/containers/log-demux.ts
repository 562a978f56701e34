// The engine's multiplexed stream format for non-TTY containers: each frame is an 8-byte header
// [stream, 0, 0, 0, size (uint32 big-endian)] then `size` bytes. Frames may arrive split across
// chunks (and several per chunk), so the demuxer keeps the unfinished tail between calls.
// Pure: no streams, so it is unit-tested directly.
import { StringDecoder } from 'node:string_decoder';

export type DemuxStream = 'stdin' | 'stdout' | 'stderr';
export interface DemuxFrame {
  stream: DemuxStream;
  payload: Buffer;
}

const HEADER = 8;
const EMPTY = Buffer.alloc(0);
const STREAMS: Record<number, DemuxStream> = { 0: 'stdin', 1: 'stdout', 2: 'stderr' };

export class LogDemuxer {
  private pending: Buffer = EMPTY;

  /** Feeds one chunk; returns every frame it completes (in order). */
  push(chunk: Buffer): DemuxFrame[] {
    const data = this.pending.length ? Buffer.concat([this.pending, chunk]) : chunk;
    const frames: DemuxFrame[] = [];
    let offset = 0;
    while (data.length - offset >= HEADER) {
      const size = data.readUInt32BE(offset + 4);
      if (data.length - offset - HEADER < size) break;
      const stream = STREAMS[data[offset]!] ?? 'stdout';
      frames.push({ stream, payload: data.subarray(offset + HEADER, offset + HEADER + size) });
      offset += HEADER + size;
    }
    // Copy the tail so the (possibly large) chunk it came from can be collected.
    this.pending = offset < data.length ? Buffer.from(data.subarray(offset)) : EMPTY;
    return frames;
  }

  /** Bytes held back waiting for the rest of a frame. */
  get buffered(): number {
    return this.pending.length;
  }
}

/**
 * Splits text into lines per stream, keeping an unfinished last line until its newline arrives
 * (a frame may end mid-line). Decodes UTF-8 across chunk boundaries.
 */
export class LineSplitter {
  private partial = '';
  // Node's StringDecoder: native, and keeps a character split across chunks for the next one.
  private readonly decoder = new StringDecoder('utf8');

  constructor(private readonly maxLine = 64 * 1024) {}

  push(payload: Buffer): string[] {
    const text = this.partial + this.decoder.write(payload);
    const parts = text.split('\n');
    this.partial = parts.pop() ?? '';
    // A process that never prints a newline must not grow memory: cut over-long lines.
    if (this.partial.length > this.maxLine) {
      parts.push(this.partial);
      this.partial = '';
    }
    return parts.map(stripCarriageReturn);
  }

  /** The unfinished line, if any, when the stream ends. */
  flush(): string[] {
    const rest = this.partial + this.decoder.end();
    this.partial = '';
    return rest ? [stripCarriageReturn(rest)] : [];
  }
}

function stripCarriageReturn(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
