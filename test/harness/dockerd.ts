// A private, throw-away dockerd for integration tests. It lives entirely in a
// fresh temp folder (socket, data-root, exec-root, pidfile, log) and uses its own
// bridge, so it coexists with any dockerd already running on the machine.
//
// Networking choice: --iptables=false --ip-forward=false. iptables does work in
// this sandbox, but dockerd then flushes/rewrites the shared DOCKER chains, sets
// the FORWARD policy to DROP and enables ip_forward host-wide, which would disturb
// another dockerd. Port publishing still works via docker-proxy (userland proxy).
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBridge } from './bridge';
import { once, registerCleanup } from './lifecycle';
import { isAlive, killChild, run, stopPid, tailFile, waitFor } from './proc';
import { claimDir, scrubDir, sweepStaleDirs } from './stale';

export interface Dockerd {
  /** unix:///.../docker.sock */
  host: string;
  pid: number;
  root: string;
  stop(): Promise<void>;
  /** Stops the daemon but keeps its folder, socket path and bridge (an engine "going away"). */
  halt(): Promise<void>;
  /**
   * Kills the daemon with SIGKILL (a crash: no shutdown, its socket file stays). Its containerd
   * lives on and the next resume() reuses it; containers are stopped by that restart.
   */
  crash(): Promise<void>;
  /** Starts the halted daemon again on the same socket and data. */
  resume(): Promise<void>;
}

const DIR_PREFIX = 'bd-';
const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 15_000;

/** Short base dir: unix socket paths (exec-root/containerd/...) are limited to ~108 bytes. */
function baseDir(): string {
  const t = tmpdir();
  return t.length <= 40 ? t : '/tmp';
}

/** Minimal Engine API call over the unix socket. */
export function engineRequest(
  socketPath: string,
  method: string,
  path: string,
  timeoutMs = 5_000,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method, path, timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

/** Lazy-unmounts anything still mounted below `root` (deepest first). */
async function unmountUnder(root: string): Promise<void> {
  const points = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[4]?.replace(/\\(\d{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))))
    .filter((p): p is string => !!p && p.startsWith(`${root}/`))
    .sort((a, b) => b.length - a.length);
  for (const p of points) await run('umount', ['-l', p], { timeoutMs: 10_000 });
}

/** Graceful stop of a dockerd left behind by a dead harness process. */
async function stopStaleDockerd(root: string): Promise<void> {
  const pid = Number(readFileSync(join(root, 'pid'), 'utf8'));
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  await emptyEngine(join(root, 'docker.sock')).catch(() => undefined);
  await stopPid(pid, STOP_GRACE_MS);
}

/** Force-removes containers and unused networks so shutdown is quick and no br-* bridges leak. */
async function emptyEngine(sock: string): Promise<void> {
  const list = await engineRequest(sock, 'GET', '/containers/json?all=1');
  const ids = (JSON.parse(list.body) as Array<{ Id: string }>).map((c) => c.Id);
  await Promise.all(
    ids.map((id) =>
      engineRequest(sock, 'DELETE', `/containers/${id}?force=1&v=1`, 10_000).catch(() => undefined),
    ),
  );
  await engineRequest(sock, 'POST', '/networks/prune', 10_000);
}

/** Stops and removes private dockerds whose owning test process is gone. */
export function sweepStaleDockerds(): Promise<void> {
  return sweepStaleDirs(baseDir(), DIR_PREFIX, stopStaleDockerd, unmountUnder);
}

export async function startDockerd(): Promise<Dockerd> {
  await sweepStaleDockerds().catch(() => undefined);
  const root = claimDir(baseDir(), DIR_PREFIX);
  writeFileSync(join(root, 'daemon.json'), '{}\n'); // ignore /etc/docker/daemon.json
  const sock = join(root, 'docker.sock');
  const logPath = join(root, 'dockerd.log');
  let child: ChildProcess | undefined;
  let removeBridge: (() => Promise<void>) | undefined;

  const stop = once(async () => {
    if (child?.pid !== undefined) {
      await emptyEngine(sock).catch(() => undefined);
      await stopPid(child.pid, STOP_GRACE_MS, child);
    }
    await scrubDir(root, () => unmountUnder(root));
    await removeBridge?.();
    unregister();
  });
  const unregister = registerCleanup({
    async: stop,
    janitor: true,
    // At exit the janitor (see lifecycle.ts) does the full job; SIGTERM only without it.
    sync: (janitor) => {
      if (!janitor && child?.pid !== undefined && child.exitCode === null) process.kill(child.pid, 'SIGTERM');
    },
  });

  let args: string[] = [];
  const launch = async (): Promise<number> => {
    const log = openSync(logPath, 'a');
    child = spawn('dockerd', args, { stdio: ['ignore', log, log] });
    closeSync(log);
    const started = child;
    let spawnError: Error | undefined;
    started.on('error', (e) => (spawnError = e));
    await waitFor(
      'dockerd /_ping',
      async () => ((await engineRequest(sock, 'GET', '/_ping', 1_000)).status === 200 ? true : undefined),
      {
        timeoutMs: START_TIMEOUT_MS,
        intervalMs: 100,
        abort: () =>
          spawnError?.message ??
          (started.exitCode !== null || started.signalCode !== null
            ? `dockerd exited (${started.exitCode ?? started.signalCode})`
            : undefined),
      },
    );
    if (started.pid === undefined) throw new Error('dockerd has no pid');
    return started.pid;
  };

  try {
    const bridge = await createBridge();
    removeBridge = bridge.remove;
    // prettier-ignore
    args = [
      '--host', `unix://${sock}`, '--data-root', join(root, 'data'), '--exec-root', join(root, 'x'),
      '--pidfile', join(root, 'pid'), '--config-file', join(root, 'daemon.json'),
      '--bridge', bridge.name, '--iptables=false', '--ip-forward=false', '--ip-masq=false',
      '--userland-proxy=true', '--shutdown-timeout=5', '--log-level=info',
    ];
    const pid = await launch();
    const halt = async () => {
      if (child?.pid !== undefined && child.exitCode === null) await stopPid(child.pid, STOP_GRACE_MS, child);
    };
    const crash = async () => {
      if (child && child.exitCode === null && child.signalCode === null) await killChild(child);
      // dockerd's containerd dies with it (its parent-death signal). Where PID 1 does not reap
      // (containers, sandboxes), it stays a zombie whose pid file makes the next dockerd wait on
      // it for ever: drop the pid file of a containerd that is gone, as a real init would.
      const pidFile = join(root, 'x', 'containerd', 'containerd.pid');
      const containerd = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : NaN;
      if (Number.isInteger(containerd) && containerd > 0) {
        await waitFor(
          'containerd to die with dockerd',
          async () => (isAlive(containerd) ? undefined : true),
          {
            timeoutMs: 10_000,
            intervalMs: 50,
          },
        ).catch(() => undefined);
        if (!isAlive(containerd)) rmSync(pidFile, { force: true });
      }
    };
    const resume = async () => {
      try {
        await launch();
      } catch (e) {
        const tail = existsSync(logPath) ? tailFile(logPath, 20) : '(no log)';
        throw new Error(`${(e as Error).message}\n--- dockerd log tail ---\n${tail}`, { cause: e });
      }
    };
    return { host: `unix://${sock}`, pid, root, stop, halt, crash, resume };
  } catch (e) {
    const tail = existsSync(logPath) ? tailFile(logPath, 40) : '(no log)';
    await stop();
    throw new Error(`failed to start dockerd: ${(e as Error).message}\n--- dockerd log tail ---\n${tail}`, {
      cause: e,
    });
  }
}
