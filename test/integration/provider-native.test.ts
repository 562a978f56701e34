// The native provider's private dockerd, for real: started (with its progress steps), used (a
// container runs and its logs are read), reached through the `berth` docker context, stopped; its
// socket is 0600 and its bridge does not collide with the harness's engine. After a SIGKILL of the
// Berth that started it, the next run adopts the dockerd, or cleans up when it is gone too.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderStatus } from '@shared/api/providers';
import { SettingsFile } from '@core/settings/settings-file';
import { bridgeExists, bridgeNameFor } from '@core/vm/native/host-network';
import { NativeProvider } from '@core/vm/native/native-provider';
import { commandLine, isAlive } from '@core/vm/native/processes';
import { overlaps, parseCidrText } from '@core/vm/native/subnet';
import { ProviderManager } from '@core/vm/manager';
import { dockerCli, findDockerCli } from '../harness/cli';
import { importBusybox } from '../harness/images';
import { harnessEnv } from '../harness/inject';
import { run, runOk } from '../harness/proc';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const TIMEOUT = 240_000;
let root: string;

interface Run {
  manager: ProviderManager;
  provider: NativeProvider;
  statuses: ProviderStatus[];
  configDir: string;
}

function newRun(dataDir: string): Run {
  const settings = new SettingsFile(path.join(root, 'settings.json'));
  settings.update({ provider: 'native', nativeMode: 'private' });
  const provider = new NativeProvider({ dataDir, mode: () => 'private' });
  const configDir = path.join(root, 'docker-config');
  const manager = new ProviderManager({
    providers: [provider],
    settings,
    dockerConfigDir: configDir,
    userEngine: () => null,
  });
  const statuses: ProviderStatus[] = [];
  provider.onStatus((status) => statuses.push(status));
  return { manager, provider, statuses, configDir };
}

function owner(provider: NativeProvider): {
  dockerdPid: number;
  berthPid: number;
  subnet: string;
  bridge: string;
} {
  return JSON.parse(readFileSync(provider.layout.ownerFile, 'utf8'));
}

/** Starts a child Node process that starts the provider; resolves its pid and the dockerd's. */
async function startChild(dataDir: string): Promise<{ child: number; dockerd: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/provider-child.ts', dataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  const dockerd = await waitForValue(
    () => {
      if (/FAILED/.test(output) || child.exitCode !== null) throw new Error(`child failed: ${output}`);
      const match = /READY (\d+)/.exec(output);
      return match ? Number(match[1]) : undefined;
    },
    'the child to start its dockerd',
    { timeoutMs: 150_000, intervalMs: 100 },
  );
  return { child: child.pid!, dockerd };
}

async function stopAndCheckClean(r: Run, dataDir: string): Promise<void> {
  const { dockerdPid, bridge } = owner(r.provider);
  await r.manager.stop();
  expect(r.provider.status().state).toBe('stopped');
  expect(isAlive(dockerdPid)).toBe(false);
  expect(await bridgeExists(bridge)).toBe(false);
  expect(existsSync(r.provider.layout.socket)).toBe(false);
  expect(existsSync(path.join(dataDir, 'engine', 'dockerd.pid'))).toBe(false);
  await r.manager.dispose({ stopEngine: true });
}

beforeAll(() => {
  // Short: containerd's sockets below the exec-root must fit in 108 bytes.
  root = mkdtempSync('/tmp/berth-native-');
});

afterAll(async () => {
  // Whatever a failed test left: stop it by its owner record, then remove the folder.
  for (const name of ['first', 'crash-adopt', 'crash-clean']) {
    const dataDir = path.join(root, name);
    const provider = new NativeProvider({ dataDir, mode: () => 'private' });
    if (existsSync(provider.layout.ownerFile)) {
      // recover() adopts or cleans; stop() then removes everything.
      await provider.start().catch(() => undefined);
      await provider.stop().catch(() => undefined);
    }
  }
  rmSync(root, { recursive: true, force: true });
}, TIMEOUT);

describe('native provider: a private dockerd', () => {
  it(
    'starts with progress, runs a container, serves the berth context, and stops',
    async () => {
      const dataDir = path.join(root, 'first');
      const r = newRun(dataDir);
      await r.manager.start();

      const steps = r.statuses.filter((s) => s.state === 'starting').map((s) => s.step);
      expect(steps).toEqual(expect.arrayContaining(['preparing', 'booting', 'waiting-for-engine']));
      expect(r.provider.status()).toMatchObject({
        state: 'running',
        step: 'ready',
        endpoint: `unix://${r.provider.layout.socket}`,
      });
      expect(r.manager.view()).toMatchObject({ selected: 'native', owned: true, engaged: true });

      // Only its owner reaches it.
      expect(statSync(r.provider.layout.socket).mode & 0o777).toBe(0o600);
      expect(statSync(r.provider.layout.dir).mode & 0o777).toBe(0o700);

      // Its bridge's subnet overlaps no other network on the machine, the harness engine's included.
      const { subnet, bridge } = owner(r.provider);
      expect(bridge).toBe(bridgeNameFor(r.provider.layout.dir));
      const mine = parseCidrText(subnet)!;
      const harnessSubnet = JSON.parse(
        await dockerCli(env.dockerHost, [
          'network',
          'inspect',
          'bridge',
          '--format',
          '{{json .IPAM.Config}}',
        ]),
      ) as Array<{ Subnet: string }>;
      for (const other of harnessSubnet) expect(overlaps(parseCidrText(other.Subnet)!, mine)).toBe(false);
      const routes = JSON.parse(await runOk('ip', ['-j', '-4', 'route', 'show'])) as Array<{
        dst: string;
        dev?: string;
      }>;
      const addrs = JSON.parse(await runOk('ip', ['-j', '-4', 'addr', 'show'])) as Array<{
        ifname: string;
        addr_info?: Array<{ local: string; prefixlen: number }>;
      }>;
      const elsewhere = [
        ...routes.filter((r) => r.dev !== bridge && r.dst !== 'default').map((r) => parseCidrText(r.dst)!),
        ...addrs
          .filter((a) => a.ifname !== bridge)
          .flatMap((a) => (a.addr_info ?? []).map((i) => parseCidrText(`${i.local}/${i.prefixlen}`)!)),
      ];
      expect(elsewhere.filter((n) => overlaps(n, mine))).toEqual([]);

      // Used: a container from the harness's busybox image runs, and its logs are read.
      const host = r.provider.endpoint()!.host;
      const image = await importBusybox(host);
      const name = `native-${process.pid}`;
      await dockerCli(host, ['run', '--name', name, image, 'sh', '-c', 'echo hello-from-berth-engine']);
      expect(await dockerCli(host, ['logs', name])).toContain('hello-from-berth-engine');

      // The user's own tools reach it through the berth context (DOCKER_CONFIG: a temp folder).
      const ps = await run(findDockerCli(), ['--context', 'berth', 'ps', '-a', '--format', '{{.Names}}'], {
        env: { PATH: process.env.PATH, HOME: root, DOCKER_CONFIG: r.configDir },
        timeoutMs: 30_000,
      });
      expect(ps.stderr).toBe('');
      expect(ps.stdout).toContain(name);
      expect(r.manager.view().context).toMatchObject({ name: 'berth', host, current: false });

      await stopAndCheckClean(r, dataDir);
    },
    TIMEOUT,
  );

  it(
    'adopts the dockerd of a Berth that was SIGKILLed',
    async () => {
      const dataDir = path.join(root, 'crash-adopt');
      const { child, dockerd } = await startChild(dataDir);
      process.kill(child, 'SIGKILL');
      await waitForValue(() => (isAlive(child) ? undefined : true), 'the child to die');
      expect(isAlive(dockerd)).toBe(true); // an orphan now

      const r = newRun(dataDir);
      await r.manager.start();
      expect(owner(r.provider)).toMatchObject({ dockerdPid: dockerd, berthPid: process.pid });
      expect((await r.provider.logs('console', 50)).join('\n')).toContain('Adopted the private dockerd');
      await dockerCli(r.provider.endpoint()!.host, ['version', '--format', '{{.Server.Version}}']);
      await stopAndCheckClean(r, dataDir);
    },
    TIMEOUT,
  );

  it(
    'cleans up after a SIGKILL of both Berth and its dockerd, then starts afresh',
    async () => {
      const dataDir = path.join(root, 'crash-clean');
      const { child, dockerd } = await startChild(dataDir);
      process.kill(child, 'SIGKILL');
      process.kill(dockerd, 'SIGKILL');
      await waitForValue(() => (isAlive(child) || isAlive(dockerd) ? undefined : true), 'both to die');
      const layoutProvider = new NativeProvider({ dataDir, mode: () => 'private' });
      const staleBridge = bridgeNameFor(layoutProvider.layout.dir);
      expect(await bridgeExists(staleBridge)).toBe(true); // left behind

      const r = newRun(dataDir);
      await r.manager.start();
      const console = (await r.provider.logs('console', 50)).join('\n');
      expect(console).toContain('Cleaned up what an earlier run');
      expect(owner(r.provider).dockerdPid).not.toBe(dockerd);
      await stopAndCheckClean(r, dataDir);
      // No process of the old engine survives (containerd included).
      const leftovers = readdirSync('/proc')
        .filter((entry) => /^\d+$/.test(entry) && isAlive(Number(entry)))
        .filter((pid) => commandLine(Number(pid)).join(' ').includes(dataDir));
      expect(leftovers.map((pid) => commandLine(Number(pid)).join(' '))).toEqual([]);
    },
    TIMEOUT,
  );
});
