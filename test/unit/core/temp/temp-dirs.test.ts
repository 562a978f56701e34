// Temp folders carry their owner's pid: each backend's are its own and removed on dispose, and
// they are swept at start once their process is gone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sweepStaleTempDirs, TempDirs } from '@core/temp-dirs';

const root = mkdtempSync(path.join(os.tmpdir(), 'berth-tmp-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('temp dirs', () => {
  it('names folders with this pid, makes one again when it was removed, and removes them all', () => {
    const dirs = new TempDirs(root);
    const dir = dirs.dir('upload');
    expect(path.basename(dir)).toMatch(new RegExp(`^berth-upload-${process.pid}-`));
    expect(dirs.dir('upload')).toBe(dir);
    rmSync(dir, { recursive: true });
    const again = dirs.dir('upload');
    expect(existsSync(again)).toBe(true);
    const load = dirs.dir('load');
    expect(dirs.list().sort()).toEqual([again, load].sort());
    dirs.dispose();
    expect(existsSync(again)).toBe(false);
    expect(existsSync(load)).toBe(false);
    expect(dirs.list()).toEqual([]);
  });

  it('gives each owner its own folders: disposing one leaves the other', () => {
    const a = new TempDirs(root);
    const b = new TempDirs(root);
    const mine = a.dir('upload');
    const theirs = b.dir('upload');
    expect(theirs).not.toBe(mine);
    a.dispose();
    expect(existsSync(mine)).toBe(false);
    expect(existsSync(theirs)).toBe(true);
    b.dispose();
    expect(existsSync(theirs)).toBe(false);
  });

  it('sweeps folders of dead processes, and leaves live ones and others alone', () => {
    const dead = path.join(root, `berth-upload-${deadPid()}-abc123`);
    const live = path.join(root, `berth-load-${process.pid}-abc123`);
    const parent = path.join(root, `berth-upload-${process.ppid}-abc123`);
    const other = path.join(root, 'berth-e2e-build-abc123');
    for (const dir of [dead, live, parent, other]) mkdirSync(dir);
    expect(sweepStaleTempDirs(root)).toEqual([path.basename(dead)]);
    expect(existsSync(dead)).toBe(false);
    for (const dir of [live, parent, other]) expect(existsSync(dir)).toBe(true);
  });
});
