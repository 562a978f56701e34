// The engine's log file: its last lines, and new lines as they are written (polled by size, so it
// works for a dockerd Berth adopted as well as for its own child). Reads are bounded.
import { closeSync, openSync, readSync, statSync } from 'node:fs';

const MAX_READ = 256 * 1024;

function readRange(file: string, start: number, end: number): string {
  const length = Math.max(0, Math.min(end - start, MAX_READ));
  if (length === 0) return '';
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, end - length);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function size(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export function tailLines(file: string, tail: number): string[] {
  const end = size(file);
  const text = readRange(file, Math.max(0, end - MAX_READ), end);
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  // The first line of a partial read may be cut; drop it unless the file was read whole.
  if (end > MAX_READ) lines.shift();
  return lines.slice(-tail);
}

export function followLines(file: string, onLines: (lines: string[]) => void, everyMs = 250): () => void {
  let offset = size(file);
  let partial = '';
  const timer = setInterval(() => {
    const end = size(file);
    if (end < offset) offset = 0; // rotated or truncated
    if (end === offset) return;
    const start = Math.max(offset, end - MAX_READ);
    const text = partial + readRange(file, start, end);
    offset = end;
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    if (lines.length > 0) onLines(lines);
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** A bounded in-memory log (the provider's own messages: what it started, adopted, cleaned up). */
export class LineRing {
  private readonly lines: string[] = [];
  private readonly listeners = new Set<(lines: string[]) => void>();

  constructor(private readonly max = 500) {}

  push(line: string): void {
    const stamped = `${new Date().toISOString()} ${line}`;
    this.lines.push(stamped);
    if (this.lines.length > this.max) this.lines.splice(0, this.lines.length - this.max);
    for (const listener of this.listeners) listener([stamped]);
  }

  tail(count: number): string[] {
    return this.lines.slice(-count);
  }

  follow(listener: (lines: string[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
