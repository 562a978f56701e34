// Runs the real docker CLI against a given engine, isolated from the user's
// environment: DOCKER_HOST is set per call and DOCKER_CONFIG points at a
// per-process temp folder (so `docker login` in tests never touches ~/.docker).
import { accessSync, constants, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Readable } from 'node:stream';
import { registerCleanup } from './lifecycle';
import { run } from './proc';
import { claimDir, sweepStaleDirs } from './stale';

const CONFIG_PREFIX = 'berth-cli-';
let dockerBin: string | undefined;
let configDir: string | undefined;

/** The docker CLI on PATH, else the usual install locations. */
export function findDockerCli(): string {
  if (dockerBin) return dockerBin;
  const candidates = [
    ...(process.env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((d) => join(d, 'docker')),
    '/usr/local/bin/docker',
    '/usr/bin/docker',
  ];
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return (dockerBin = c);
    } catch {
      /* next */
    }
  }
  throw new Error('docker CLI not found on PATH, /usr/local/bin or /usr/bin');
}

/** DOCKER_CONFIG folders of test processes that died before their 'exit' handler ran. */
export function sweepStaleCliConfigs(): Promise<void> {
  return sweepStaleDirs(tmpdir(), CONFIG_PREFIX);
}

function dockerConfigDir(): string {
  if (configDir) return configDir;
  void sweepStaleCliConfigs().catch(() => undefined);
  const dir = claimDir(tmpdir(), CONFIG_PREFIX);
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  registerCleanup({ async: async () => remove(), sync: remove });
  return (configDir = dir);
}

/** Environment for a docker CLI child process talking to `host`. */
export function dockerEnv(host: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['DOCKER_CONTEXT', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH', 'DOCKER_API_VERSION'])
    delete env[k];
  return { ...env, DOCKER_HOST: host, DOCKER_CONFIG: dockerConfigDir(), DOCKER_CLI_HINTS: 'false' };
}

export class DockerCliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'DockerCliError';
  }
}

export interface DockerCliOptions {
  /** Stream to pipe into stdin (takes precedence over `input`). */
  stdin?: Readable;
  timeoutMs?: number;
}

/** `docker <args>` against one engine, as a test binds dockerCli to its host. */
export type BoundDockerCli = (args: string[]) => Promise<string>;

/**
 * Runs `docker <args>` against `host`; resolves with stdout (one trailing newline
 * stripped), rejects with a DockerCliError carrying stderr on non-zero exit.
 */
export async function dockerCli(
  host: string,
  args: string[],
  input?: string,
  opts: DockerCliOptions = {},
): Promise<string> {
  const r = await run(findDockerCli(), args, {
    env: dockerEnv(host),
    input,
    stdin: opts.stdin,
    timeoutMs: opts.timeoutMs ?? 120_000,
  });
  if (r.code !== 0) {
    throw new DockerCliError(
      `docker ${args.join(' ')} failed (${r.code ?? r.signal}): ${r.stderr.trim()}`,
      r.code,
      r.stdout,
      r.stderr,
    );
  }
  return r.stdout.replace(/\r?\n$/, '');
}
