// Small process helpers shared by the harness: bounded waiting, running a
// command to completion, and stopping processes by pid.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, readdirSync } from 'node:fs';
import { isAlive } from '@core/vm/native/processes';
import type { Readable } from 'node:stream';

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns a non-undefined value; bounded by time and count. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | undefined>,
  opts: { timeoutMs: number; intervalMs: number; abort?: () => string | undefined },
): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  const maxTries = Math.ceil(opts.timeoutMs / opts.intervalMs) + 1;
  let lastError: unknown;
  for (let i = 0; i < maxTries && Date.now() <= deadline; i++) {
    const aborted = opts.abort?.();
    if (aborted) throw new Error(`${what}: ${aborted}`);
    try {
      const v = await check();
      if (v !== undefined) return v;
    } catch (e) {
      lastError = e;
    }
    await sleep(opts.intervalMs);
  }
  const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
  throw new Error(`${what}: timed out after ${opts.timeoutMs} ms${why}`);
}

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string;
  stdin?: Readable;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Runs a command to completion (never rejects on exit code; SIGKILLs on timeout). */
export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, opts.timeoutMs ?? 120_000);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.stdin.on('error', () => undefined); // EPIPE if the child exits before reading
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString('utf8');
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: timedOut ? `${stderr}\n[timed out after ${opts.timeoutMs ?? 120_000} ms]` : stderr,
      });
    });
    if (opts.stdin) opts.stdin.pipe(child.stdin);
    else child.stdin.end(opts.input ?? '');
  });
}

/** Runs a command and throws with its stderr unless it exits 0. */
export async function runOk(cmd: string, args: string[], opts: RunOptions = {}): Promise<string> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.code ?? r.signal}): ${r.stderr.trim()}`);
  }
  return r.stdout;
}

// Alive checks and stopping by pid are the app's own (its native engine provider stops dockerd the
// same way): one implementation, tested by both.
export { isAlive, stopPid } from '@core/vm/native/processes';

/** SIGKILL at once (a crash, not a stop) and wait, bounded, for our child to be gone. */
export async function killChild(child: ChildProcess, ms = 10_000): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit', { signal: AbortSignal.timeout(ms) }).then(
    () => true,
    () => false,
  );
  child.kill('SIGKILL');
  if (!(await exited)) throw new Error(`pid ${child.pid} survived SIGKILL for ${ms} ms`);
}

/** Pids of live processes whose command line mentions `needle` (e.g. our private temp dir). */
export function pidsMentioning(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) pids.push(Number(entry));
    } catch {
      /* raced with exit */
    }
  }
  return pids.filter(isAlive);
}

/** Last `lines` lines of a log file, for error messages. */
export function tailFile(path: string, lines = 30): string {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
