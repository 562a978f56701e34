// Web mode's policy against a real engine: build contexts only under --build-root (symlinks out
// refused, one answer whether an outside path exists or not), host bind mounts only with
// --allow-host-mounts, the engine address only with --allow-engine-change, and a saved registry
// login never sent to an engine other than the one it was made with.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '@core/backend';
import { webPolicy, type WebPolicyFlags } from '@core/policy';
import { appRouter } from '@core/router';
import { installWebSecrets } from '@server/web-secrets';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startRegistry, type Registry } from '../harness/registry';
import { waitConnected } from '../support/backend';
import { runId } from '../support/names';
import { startRecordingEngine, type RecordingEngine } from '../support/recording-engine';
import { waitForValue } from '../support/wait';
import { drain } from './image-build-support';
import { waitForEnd } from './image-transfer-support';

const env = harnessEnv();
let dir: string;
let root: string;
const backends: Backend[] = [];
const suffix = runId;

interface WebBackend {
  backend: Backend;
  caller: ReturnType<typeof appRouter.createCaller>;
}

async function webBackend(flags: WebPolicyFlags, options: { pinEngine?: boolean } = {}): Promise<WebBackend> {
  const settingsDir = mkdtempSync(path.join(dir, 'settings-'));
  const settingsPath = path.join(settingsDir, 'settings.json');
  writeFileSync(settingsPath, JSON.stringify({ engineHost: env.dockerHost }));
  const backend = createBackend({
    settingsPath,
    engineOverride: options.pinEngine === false ? null : env.dockerHost,
    policy: webPolicy(flags),
  });
  backends.push(backend);
  installWebSecrets(backend, settingsPath);
  await waitConnected(backend.engine);
  return { backend, caller: appRouter.createCaller(backend.context()) };
}

beforeAll(() => {
  dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'berth-policy-')));
  root = path.join(dir, 'root');
  mkdirSync(path.join(root, 'app'), { recursive: true });
  writeFileSync(
    path.join(root, 'app', 'Dockerfile'),
    `FROM ${env.busyboxImage}\nCOPY hello.txt /hello.txt\n`,
  );
  writeFileSync(path.join(root, 'app', 'hello.txt'), 'hello\n');
  mkdirSync(path.join(dir, 'outside'));
  writeFileSync(path.join(dir, 'outside', 'Dockerfile'), `FROM ${env.busyboxImage}\n`);
  symlinkSync(path.join(dir, 'outside'), path.join(root, 'escape'));
});

afterAll(() => {
  for (const backend of backends) backend.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('build contexts in web mode', () => {
  it('refuses every folder without --build-root, and says how to allow it', async () => {
    const { caller } = await webBackend({});
    const check = await caller.images.build.contextCheck({
      context: path.join(root, 'app'),
      dockerfile: 'Dockerfile',
    });
    expect(check.codes?.context).toBe('contextNoRoots');
    await expect(
      drain(await caller.images.build.run({ context: path.join(root, 'app'), tags: [] })),
    ).rejects.toThrow(/--build-root/);
  });

  it('refuses folders outside the roots with one answer, symlinks and /etc included, and builds inside', async () => {
    const { caller } = await webBackend({ buildRoots: [root] });
    const outside = await caller.images.build.contextCheck({
      context: path.join(dir, 'outside'),
      dockerfile: 'Dockerfile',
    });
    expect(outside.codes?.context).toBe('contextOutsideRoots');
    for (const [context, dockerfile] of [
      ['/etc', 'shadow'],
      ['/etc/does-not-exist', 'Dockerfile'],
      [path.join(root, 'escape'), 'Dockerfile'],
      [path.join(root, 'escape', 'missing'), 'Dockerfile'],
      [path.join(root, '..', 'outside'), 'Dockerfile'],
    ]) {
      expect(await caller.images.build.contextCheck({ context: context!, dockerfile: dockerfile! })).toEqual(
        outside,
      );
    }
    await expect(
      drain(await caller.images.build.run({ context: '/etc', dockerfile: 'shadow', tags: [] })),
    ).rejects.toThrow(/outside the folders the server allows/);
    await expect(
      drain(await caller.images.build.run({ context: path.join(root, 'escape'), tags: [] })),
    ).rejects.toThrow(/outside the folders the server allows/);
    // Refused by the input grammar already (no ".." in a Dockerfile path), else by the policy.
    await expect(
      (async () =>
        drain(
          await caller.images.build.run({
            context: path.join(root, 'app'),
            dockerfile: '../../outside/Dockerfile',
          }),
        ))(),
    ).rejects.toThrow(/inside the context folder|must stay inside the folder/);

    const tag = `berth-it-root-${suffix}:1`;
    try {
      const events = await drain(
        await caller.images.build.run({ context: path.join(root, 'app'), tags: [tag] }),
      );
      expect(events.find((event) => event.type === 'done')).toBeTruthy();
      expect(await dockerCli(env.dockerHost, ['run', '--rm', tag, 'cat', '/hello.txt'])).toBe('hello');
    } finally {
      await dockerCli(env.dockerHost, ['rmi', '-f', tag]).catch(() => undefined);
    }
  });
});

describe('host bind mounts in web mode', () => {
  const spec = (name: string) => ({
    image: env.busyboxImage,
    name,
    mounts: [{ source: '/', target: '/host', readOnly: true }],
    command: 'true',
  });

  it('refuses a bind of / without --allow-host-mounts, and creates nothing', async () => {
    const { caller } = await webBackend({});
    const name = `berth-it-bind-no-${suffix}`;
    await expect(caller.containers.run({ spec: spec(name), start: false })).rejects.toThrow(
      /--allow-host-mounts/,
    );
    await expect(dockerCli(env.dockerHost, ['inspect', name])).rejects.toThrow();
    // Named volumes are not host paths: still allowed.
    const volume = `berth-it-vol-${suffix}`;
    try {
      await caller.containers.run({
        spec: { ...spec(volume), mounts: [{ source: volume, target: '/data', readOnly: false }] },
        start: false,
      });
    } finally {
      await dockerCli(env.dockerHost, ['rm', '-f', volume]).catch(() => undefined);
      await dockerCli(env.dockerHost, ['volume', 'rm', '-f', volume]).catch(() => undefined);
    }
  });

  it('allows it with --allow-host-mounts', async () => {
    const { caller } = await webBackend({ allowHostMounts: true });
    const name = `berth-it-bind-yes-${suffix}`;
    try {
      await caller.containers.run({ spec: spec(name), start: false });
      expect(await dockerCli(env.dockerHost, ['inspect', '-f', '{{json .HostConfig.Binds}}', name])).toBe(
        '["/:/host:ro"]',
      );
    } finally {
      await dockerCli(env.dockerHost, ['rm', '-f', name]).catch(() => undefined);
    }
  });
});

describe('the engine address in web mode', () => {
  it('is refused without --allow-engine-change', async () => {
    const { caller, backend } = await webBackend({}, { pinEngine: false });
    await expect(caller.settings.update({ engineHost: 'tcp://127.0.0.1:1' })).rejects.toThrow(
      /--allow-engine-change/,
    );
    await expect(caller.settings.get()).resolves.toMatchObject({ engineHost: env.dockerHost });
    expect(backend.engine.status().endpoint?.host).toBe(env.dockerHost);
    // Other settings still change.
    expect((await caller.settings.update({ logScrollback: 5000 })).logScrollback).toBe(5000);
  });
});

describe('saved registry logins and another engine', () => {
  let registry: Registry;
  let hostile: RecordingEngine;
  const user = 'berth';
  const password = `pw-${suffix}`;

  beforeAll(async () => {
    registry = await startRegistry({ htpasswd: { user, password } });
    hostile = await startRecordingEngine(env.dockerHost);
  });

  afterAll(async () => {
    await hostile?.close();
    await registry?.stop();
  });

  it('are sent to the engine they were made with, never to one a client switched to', async () => {
    const { caller, backend } = await webBackend({ allowEngineChange: true }, { pinEngine: false });
    const ref = `${registry.address}/berth-it-bound-${suffix}:1`;
    await dockerCli(env.dockerHost, ['tag', env.busyboxImage, ref]);
    try {
      await caller.registries.login({ server: registry.address, username: user, password, remember: true });
      const pushed = await waitForEnd(
        backend,
        (await caller.images.transfer.push({ reference: ref })).activityId,
      );
      expect(pushed.state).toBe('succeeded');
      await dockerCli(env.dockerHost, ['rmi', ref]);

      // A client points Berth at its own engine (allowed here by the flag) and pulls.
      await caller.settings.update({ engineHost: hostile.host });
      await waitForValue(
        () => {
          const status = backend.engine.status();
          return status.state === 'connected' && status.endpoint?.host === hostile.host ? true : undefined;
        },
        `the switch to the hostile engine (${JSON.stringify(backend.engine.status())})`,
        { timeoutMs: 20_000 },
      );
      const pulled = await waitForEnd(
        backend,
        (await caller.images.transfer.pull({ reference: ref })).activityId,
      );
      expect(pulled.state).toBe('failed');
      expect(pulled.error).toMatch(/log in again for this engine/);
      const pushedThere = await waitForEnd(
        backend,
        (await caller.images.transfer.push({ reference: ref })).activityId,
      );
      expect(pushedThere.state).toBe('failed');
      const sent = hostile.auths.filter((entry) => /\/images\//.test(entry.path));
      expect(sent.length).toBeGreaterThan(0);
      for (const entry of sent) expect(entry.auth).not.toContain(password);
    } finally {
      await dockerCli(env.dockerHost, ['rmi', ref]).catch(() => undefined);
    }
  });
});

describe('temp folders', () => {
  it('are removed when the backend is disposed, and stale ones are swept at start', async () => {
    const stale = path.join(os.tmpdir(), `berth-upload-999999999-${suffix}`);
    mkdirSync(stale);
    const { caller, backend } = await webBackend({});
    expect(readdirSync(os.tmpdir())).not.toContain(path.basename(stale));
    await caller.images.archive.load.start({ fileName: 'image.tar', size: 10 });
    // This backend's own folder (another backend in this process has its own).
    const made = backend.services.tempDirs.list().map((folder) => path.basename(folder));
    const mine = () =>
      readdirSync(os.tmpdir()).filter(
        (name) => name.startsWith(`berth-load-${process.pid}-`) && made.includes(name),
      );
    expect(mine().length).toBe(1);
    await backend.dispose();
    expect(mine()).toEqual([]);
  });
});
