// Switching the engine address: what the model held belongs to the old engine, so it is
// dropped at once, even when the new address never answers.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '@core/backend';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { containerFixture } from '../support/containers';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const containers = containerFixture(env.dockerHost);
const name = containers.name('it-switch');
let backend: Backend;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'berth-switch-'));
  // No auto-start: with no engine configured Berth would otherwise start its own.
  backend = createBackend({ settingsPath: path.join(dir, 'settings.json'), autoStart: false, dataDir: dir });
  backend.settings.update({ engineHost: env.dockerHost });
  await dockerCli(env.dockerHost, ['create', '--name', name, env.busyboxImage, 'true']);
});

afterAll(async () => {
  await containers.cleanup();
  backend.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('engine switch', () => {
  it("drops the old engine's model when the address changes to a dead engine", async () => {
    await waitForValue(
      () => (backend.engine.containers.list().some((c) => c.name === name) ? true : undefined),
      'the container on the first engine',
    );
    backend.settings.update({ engineHost: `unix://${path.join(dir, 'nothing-here.sock')}` });
    await waitForValue(
      () => (backend.engine.status().state === 'disconnected' ? true : undefined),
      'the dead engine to be reported',
    );
    expect(backend.engine.containers.list()).toEqual([]);
    expect(backend.engine.images.list()).toEqual([]);
    expect(backend.engine.networks.list()).toEqual([]);
  });
});
