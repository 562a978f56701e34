// Console and engine logs of a VM are plain files the hypervisor writes; these read their tail and
// follow what is appended (polling, which also works for files another process writes).
import { closeSync, existsSync, openSync, readSync, statSync, unwatchFile, watchFile } from 'node:fs';

const TAIL_WINDOW = 256 * 1024;

function readRange(path: string, start: number, end: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(end - start);
    const n = readSync(fd, buffer, 0, buffer.length, start);
    return buffer.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Terminal control sequences and carriage returns out of a console line. */
export function cleanLine(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
}

export function tailLines(path: string, tail: number): string[] {
  if (!existsSync(path) || tail <= 0) return [];
  const size = statSync(path).size;
  const text = readRange(path, Math.max(0, size - TAIL_WINDOW), size);
  const lines = text.split('\n').map(cleanLine);
  if (lines[lines.length - 1] === '') lines.pop();
  if (size > TAIL_WINDOW) lines.shift(); // the first line is cut
  return lines.slice(-tail);
}

/** Calls `onLines` with whole lines appended to `path`; returns the unsubscribe. */
export function followFile(path: string, onLines: (lines: string[]) => void, intervalMs = 500): () => void {
  let offset = existsSync(path) ? statSync(path).size : 0;
  let partial = '';
  const check = (): void => {
    if (!existsSync(path)) return;
    const size = statSync(path).size;
    if (size < offset) {
      offset = 0; // truncated or replaced
      partial = '';
    }
    if (size === offset) return;
    const text = partial + readRange(path, offset, Math.min(size, offset + TAIL_WINDOW));
    offset = Math.min(size, offset + TAIL_WINDOW);
    const lines = text.split('\n');
    partial = lines.pop() ?? '';
    if (lines.length) onLines(lines.map(cleanLine));
  };
  watchFile(path, { interval: intervalMs, persistent: false }, check);
  return () => unwatchFile(path, check);
}
