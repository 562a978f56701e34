// Temp folders Berth's backend makes (file uploads, image loads). Each is named with the pid that
// owns it, so they can be removed when the backend is disposed and, at the next start, swept when
// their process is gone (a crash, a SIGKILL). Each backend has its own (two in one process share
// nothing): the Backend owns a TempDirs and disposes it.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const NAME_RE = /^berth-(upload|load)-(\d+)-/;

export type TempKind = 'upload' | 'load';

/** One backend's temp folders, one per kind, made when first needed; dispose() removes them. */
export class TempDirs {
  private readonly own = new Map<TempKind, string>();

  constructor(private readonly root = os.tmpdir()) {}

  /** The folder for one kind of temp file. */
  dir(kind: TempKind): string {
    let dir = this.own.get(kind);
    // Made again if something (a tmp cleaner) removed it meanwhile.
    if (!dir || !existsSync(dir)) {
      dir = mkdtempSync(path.join(this.root, `berth-${kind}-${process.pid}-`));
      this.own.set(kind, dir);
    }
    return dir;
  }

  /** The folders made so far (whether or not they still exist). */
  list(): string[] {
    return [...this.own.values()];
  }

  /** Removes the folders (and forgets them; a later use makes a new one). */
  dispose(): void {
    for (const [kind, dir] of this.own) {
      rmSync(dir, { recursive: true, force: true });
      this.own.delete(kind);
    }
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
