// A local Docker registry (distribution 2.x, Debian's docker-registry) on
// 127.0.0.1:<free port>. dockerd treats 127.0.0.0/8 registries as insecure by
// default, so plain-HTTP push/pull works without any daemon configuration.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freeLoopbackPort } from '@core/vm/free-port';
import { once, registerCleanup } from './lifecycle';
import { runOk, stopPid, tailFile, waitFor } from './proc';
import { claimDir, scrubDir, sweepStaleDirs } from './stale';

export interface Registry {
  /** 127.0.0.1:PORT */
  address: string;
  pid: number;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  htpasswd?: { user: string; password: string };
}

const DIR_PREFIX = 'berth-reg-';
const START_TIMEOUT_MS = 20_000;
const MAX_PORT_ATTEMPTS = 3;

/** Status code of GET http://address/v2/ (401 counts as "up" when auth is on). */
function v2Status(address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`http://${address}/v2/`, { timeout: 1_000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

function configYaml(dir: string, address: string, htpasswdPath?: string): string {
  const auth = htpasswdPath ? `auth:\n  htpasswd:\n    realm: berth-test\n    path: ${htpasswdPath}\n` : '';
  return (
    `version: 0.1\nlog:\n  level: warn\n` +
    `storage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\n  delete:\n    enabled: true\n` +
    `http:\n  addr: ${address}\n  secret: berth-test-secret\n${auth}`
  );
}

/** Spawns the registry once on a given port; resolves when /v2/ answers. */
async function spawnOnce(
  dir: string,
  htpasswdPath: string | undefined,
): Promise<{ child: ChildProcess; address: string }> {
  const address = `127.0.0.1:${await freeLoopbackPort()}`;
  const configPath = join(dir, 'config.yml');
  writeFileSync(configPath, configYaml(dir, address, htpasswdPath));
  const logPath = join(dir, 'registry.log');
  const log = openSync(logPath, 'w');
  const child = spawn('docker-registry', ['serve', configPath], { stdio: ['ignore', log, log] });
  closeSync(log);
  let spawnError: Error | undefined;
  child.on('error', (e) => (spawnError = e));
  try {
    await waitFor(
      `registry at ${address}`,
      async () => ([200, 401].includes(await v2Status(address)) ? true : undefined),
      {
        timeoutMs: START_TIMEOUT_MS,
        intervalMs: 100,
        abort: () =>
          spawnError?.message ??
          (child.exitCode !== null || child.signalCode !== null
            ? `exited (${child.exitCode ?? child.signalCode})`
            : undefined),
      },
    );
    return { child, address };
  } catch (e) {
    if (child.pid !== undefined) await stopPid(child.pid, 2_000, child);
    throw new Error(`${(e as Error).message}\n--- registry log tail ---\n${tailFile(logPath, 20)}`, {
      cause: e,
    });
  }
}

/** Registries of dead test processes are found by their folder (it is in their command line). */
export function sweepStaleRegistries(): Promise<void> {
  return sweepStaleDirs(tmpdir(), DIR_PREFIX);
}

export async function startRegistry(opts: RegistryOptions = {}): Promise<Registry> {
  await sweepStaleRegistries().catch(() => undefined);
  const dir = claimDir(tmpdir(), DIR_PREFIX);
  let child: ChildProcess | undefined;
  const stop = once(async () => {
    if (child?.pid !== undefined) await stopPid(child.pid, 5_000, child);
    await scrubDir(dir);
    unregister();
  });
  const unregister = registerCleanup({
    async: stop,
    janitor: true,
    sync: () => {
      if (child?.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGKILL');
    },
  });
  try {
    let htpasswdPath: string | undefined;
    if (opts.htpasswd) {
      htpasswdPath = join(dir, 'htpasswd');
      const line = await runOk('htpasswd', ['-Bbn', opts.htpasswd.user, opts.htpasswd.password]);
      writeFileSync(htpasswdPath, line.trim() + '\n');
    }
    // The free port can be taken between probing and binding; retry a few times.
    let lastError: unknown;
    for (let attempt = 0; attempt < MAX_PORT_ATTEMPTS && !child; attempt++) {
      try {
        const started = await spawnOnce(dir, htpasswdPath);
        child = started.child;
        if (child.pid === undefined) throw new Error('registry has no pid');
        return { address: started.address, pid: child.pid, stop };
      } catch (e) {
        lastError = e;
      }
    }
    throw lastError instanceof Error ? lastError : new Error('registry failed to start');
  } catch (e) {
    await stop();
    throw new Error(`failed to start docker-registry: ${(e as Error).message}`, { cause: e });
  }
}
