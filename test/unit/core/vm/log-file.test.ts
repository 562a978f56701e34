// The provider's logs: the last lines of the engine's log file, and its own bounded action log.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LineRing, tailLines } from '@core/vm/native/log-file';

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'berth-log-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('tailLines', () => {
  it('gives the last lines, none for a missing file', () => {
    const file = path.join(dir, 'dockerd.log');
    writeFileSync(file, Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n') + '\n');
    expect(tailLines(file, 3)).toEqual(['line 7', 'line 8', 'line 9']);
    expect(tailLines(path.join(dir, 'missing.log'), 3)).toEqual([]);
  });

  it('reads a bounded window of a large file, never a cut first line', () => {
    const file = path.join(dir, 'big.log');
    const line = 'x'.repeat(99);
    writeFileSync(file, `${line}\n`.repeat(5000)); // 500 kB, beyond the 256 kB window
    const lines = tailLines(file, 10_000);
    expect(lines.length).toBeLessThan(5000);
    expect(lines.every((l) => l === line)).toBe(true);
  });
});

describe('LineRing', () => {
  it('keeps the newest lines up to its bound and tells followers', () => {
    const ring = new LineRing(3);
    const seen: string[] = [];
    const stop = ring.follow((lines) => seen.push(...lines));
    for (const word of ['a', 'b', 'c', 'd']) ring.push(word);
    stop();
    ring.push('e');
    expect(ring.tail(10).map((l) => l.split(' ')[1])).toEqual(['c', 'd', 'e']);
    expect(seen.map((l) => l.split(' ')[1])).toEqual(['a', 'b', 'c', 'd']);
  });
});
