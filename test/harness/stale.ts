// Leftovers of test runs that were SIGKILLed (no chance to clean up): every
// temp folder the harness creates records its owner pid, and the next run
// removes folders whose owner is gone, killing any process still using them.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isAlive, pidsMentioning, stopPid } from './proc';

const OWNER_FILE = 'owner';

/** mkdtemp under `base` plus an owner marker for later sweeping. */
export function claimDir(base: string, prefix: string): string {
  const dir = mkdtempSync(join(base, prefix));
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  return dir;
}

/** Kills processes whose command line mentions `dir`, then deletes it. */
export async function scrubDir(dir: string, beforeRemove?: () => Promise<void>): Promise<void> {
  await Promise.all(pidsMentioning(dir).map((pid) => stopPid(pid, 3_000)));
  await beforeRemove?.().catch(() => undefined);
  await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}

/**
 * For each `base/prefix*` folder whose owner process is dead: run `onStale`
 * (e.g. stop a daemon gracefully), then scrub it (`beforeRemove` runs after the
 * kill, e.g. to unmount). Folders without an owner marker are not ours.
 */
export async function sweepStaleDirs(
  base: string,
  prefix: string,
  onStale?: (dir: string) => Promise<void>,
  beforeRemove?: (dir: string) => Promise<void>,
): Promise<void> {
  let names: string[];
  try {
    names = readdirSync(base).filter((n) => n.startsWith(prefix));
  } catch {
    return;
  }
  for (const name of names) {
    const dir = join(base, name);
    let owner: number;
    try {
      owner = Number(readFileSync(join(dir, OWNER_FILE), 'utf8'));
    } catch {
      continue; // no marker: not ours
    }
    if (!Number.isInteger(owner) || owner <= 0 || owner === process.pid || isAlive(owner)) continue;
    await onStale?.(dir).catch(() => undefined);
    await scrubDir(dir, beforeRemove && (() => beforeRemove(dir)));
  }
}
