// Temp folders Berth's backend makes (file uploads, image loads). Each is named with the pid that
// owns it, so they can be removed when the backend is disposed and, at the next start, swept when
// their process is gone (a crash, a SIGKILL).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const NAME_RE = /^berth-(upload|load)-(\d+)-/;
const own = new Map<string, string>();

export type TempKind = 'upload' | 'load';

/** This process's folder for one kind of temp file, made when first needed. */
export function ownTempDir(kind: TempKind, root = os.tmpdir()): string {
  const key = `${root}\0${kind}`;
  let dir = own.get(key);
  // Made again if something (a tmp cleaner) removed it meanwhile.
  if (!dir || !existsSync(dir)) {
    dir = mkdtempSync(path.join(root, `berth-${kind}-${process.pid}-`));
    own.set(key, dir);
  }
  return dir;
}

/** Removes the folders this process made (and forgets them; the next use makes a new one). */
export function removeOwnTempDirs(): void {
  for (const [key, dir] of own) {
    rmSync(dir, { recursive: true, force: true });
    own.delete(key);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes Berth temp folders whose process no longer runs; returns what it removed. */
export function sweepStaleTempDirs(root = os.tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = NAME_RE.exec(name);
    if (!match) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || alive(pid)) continue;
    try {
      rmSync(path.join(root, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Another user's folder, or gone meanwhile: not ours to worry about.
    }
  }
  return removed;
}
