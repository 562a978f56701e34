// Starts the built `berth serve` (out/main/serve.js) on loopback against a given engine, and
// stops it by pid. Used by end-to-end tests and benchmarks.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ServeHandle {
  url: string;
  origin: string;
  token: string;
  pid: number;
  /** The private XDG_CONFIG_HOME; Berth's settings are in berth/settings.json under it. */
  configDir: string;
  output(): string;
  stop(): Promise<void>;
}

// BERTH_OUT_DIR lets several builds coexist (e.g. parallel work); the default is out/.
const ENTRY = path.resolve(import.meta.dirname, '../..', process.env.BERTH_OUT_DIR ?? 'out', 'main/serve.js');

export interface ServeOptions {
  /** At least 32 characters (berth serve refuses shorter); a random one by default. */
  token?: string;
  /** More flags, e.g. ['--build-root', dir]. */
  args?: string[];
  /** Variables to set (a value of undefined removes one, e.g. DOCKER_HOST). */
  env?: Record<string, string | undefined>;
  /** Text written to berth/settings.json in the private config folder before start (e.g. a corrupt file). */
  settingsText?: string;
  /** How long stop() waits after SIGTERM before SIGKILL (default 5 s; longer when Berth stops its own engine). */
  stopTimeoutMs?: number;
}

/** `dockerHost` null: no --engine flag, so Berth finds (or starts) its engine by itself. */
export async function startServe(
  dockerHost: string | null,
  options: ServeOptions = {},
): Promise<ServeHandle> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const config = mkdtempSync(path.join(os.tmpdir(), 'berth-serve-'));
  if (options.settingsText !== undefined) {
    mkdirSync(path.join(config, 'berth'), { recursive: true });
    writeFileSync(path.join(config, 'berth', 'settings.json'), options.settingsText);
  }
  const engineArgs = dockerHost === null ? [] : ['--engine', dockerHost];
  const args = [ENTRY, '--port', '0', ...engineArgs, ...(options.args ?? [])];
  // Its own (empty) docker config too: the user's credential helpers stay out of tests.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BERTH_TOKEN: token,
    XDG_CONFIG_HOME: config,
    DOCKER_CONFIG: path.join(config, 'docker'),
  };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const child: ChildProcess = spawn(process.execPath, args, {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`berth serve did not start in 20 s:\n${output}`)),
      20_000,
    );
    const check = () => {
      const match = /Berth is serving at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`berth serve exited with ${code}:\n${output}`));
    });
  });

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      process.kill(child.pid, 'SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) =>
        setTimeout(() => resolve('timeout'), options.stopTimeoutMs ?? 5000),
      );
      if ((await Promise.race([exited, timeout])) === 'timeout') process.kill(child.pid, 'SIGKILL');
    }
    rmSync(config, { recursive: true, force: true });
  };
  return {
    url,
    origin: new URL(url).origin,
    token,
    pid: child.pid!,
    configDir: config,
    output: () => output,
    stop,
  };
}
