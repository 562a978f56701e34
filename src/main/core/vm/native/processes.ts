// Processes of the private engine, found through /proc: alive checks, stopping by pid (SIGTERM,
// then SIGKILL after a deadline), and finding what a crashed run left behind.
import type { ChildProcess } from 'node:child_process';
import { accessSync, constants, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { run } from './run';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True if the pid exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

export function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

function comm(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => pid !== process.pid);
}

// Only the engine's own programs are ever killed, never e.g. a `tail -f` of its log.
const ENGINE_PROGRAMS =
  /^(dockerd|containerd|containerd-shim.*|docker-proxy|runc|rootlesskit|slirp4netns|dockerd-rootless.*)$/;

/** Engine processes whose command line mentions `dir` (dockerd, containerd, shims, proxies). */
export function enginePidsUnder(dirs: string[]): number[] {
  return allPids().filter((pid) => {
    if (!ENGINE_PROGRAMS.test(comm(pid)) || !isAlive(pid)) return false;
    const line = commandLine(pid).join(' ');
    return dirs.some((dir) => line.includes(dir));
  });
}

/** A dockerd that is not ours (its command line mentions none of our folders). */
export function otherDockerdRunning(ourDirs: string[]): boolean {
  return allPids().some((pid) => {
    if (comm(pid) !== 'dockerd' || !isAlive(pid)) return false;
    const line = commandLine(pid).join(' ');
    return !ourDirs.some((dir) => line.includes(dir));
  });
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function gone(pid: number, ms: number, child?: ChildProcess): Promise<boolean> {
  if (child) return exited(child, ms);
  const until = Date.now() + ms;
  for (let i = 0; i < ms / 50 + 1 && Date.now() <= until; i++) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}

/** SIGTERM, then SIGKILL once `deadlineMs` passes. Resolves whether it had to be forced. */
export async function stopPid(
  pid: number,
  deadlineMs: number,
  child?: ChildProcess,
): Promise<'graceful' | 'forced'> {
  if (!child && !isAlive(pid)) return 'graceful';
  signal(pid, 'SIGTERM');
  if (await gone(pid, deadlineMs, child)) return 'graceful';
  signal(pid, 'SIGKILL');
  await gone(pid, 5_000, child);
  return 'forced';
}

/** Lazy-unmounts whatever is still mounted below `root` (deepest first), e.g. after a SIGKILL. */
export async function unmountUnder(root: string): Promise<void> {
  let info: string;
  try {
    info = readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    return;
  }
  const points = info
    .split('\n')
    .map((l) => l.split(' ')[4]?.replace(/\\(\d{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))))
    .filter((p): p is string => !!p && p.startsWith(`${root}/`))
    .sort((a, b) => b.length - a.length);
  for (const point of points) await run('umount', ['-l', point], 10_000);
}

/** Whether `binary` is an executable on PATH. */
export function onPath(binary: string, env: NodeJS.ProcessEnv = process.env): boolean {
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    try {
      accessSync(path.join(dir, binary), constants.X_OK);
      return true;
    } catch {
      // next
    }
  }
  return false;
}
