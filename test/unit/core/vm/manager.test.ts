// The provider manager: which provider, whether it starts by itself, how the engine waits for it,
// the berth context while it runs, and what quitting stops.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsFile } from '@core/settings/settings-file';
import { contextPaths, readBerthContextHost } from '@core/vm/docker-context';
import { ProviderManager } from '@core/vm/manager';
import { waitForValue } from '@test/support/wait';
import { FakeProvider } from './fake-provider';
import type { QuitEngineChoice } from '@shared/api';

let dir: string;
let settings: SettingsFile;
let provider: FakeProvider;
let userEngine: string | null;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'berth-manager-'));
  settings = new SettingsFile(path.join(dir, 'settings.json'));
  provider = new FakeProvider();
  userEngine = null;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Until the provider's start has begun (the manager starts it after a queue turn). */
const starting = () =>
  waitForValue(() => (provider.status().state === 'starting' ? true : undefined), 'start');

function manager(platform: NodeJS.Platform = 'linux'): ProviderManager {
  return new ProviderManager({
    providers: [provider],
    settings,
    platform,
    dockerConfigDir: path.join(dir, 'docker'),
    userEngine: () => userEngine,
    env: {},
  });
}

describe('ProviderManager', () => {
  it('starts the default provider by itself when no engine is configured, and the engine waits for it', async () => {
    const m = manager();
    expect(m.hold()).toBeNull(); // nothing engaged yet
    const started = m.autoStart();
    // Engaged at once: an engine connecting right now waits instead of trying another socket.
    expect(m.hold()).toEqual({ state: 'connecting', reason: "Starting Berth's engine (native)" });
    await starting();
    expect(provider.calls).toEqual(['start']);
    expect(m.hold()).toEqual({ state: 'connecting', reason: "Starting Berth's engine (native): Booting" });
    expect(m.engineEndpoint()).toBeNull();

    provider.ready();
    await started;
    expect(m.hold()).toBeNull();
    expect(m.engineEndpoint()).toEqual({
      host: 'unix:///fake.sock',
      tls: null,
      reason: "Berth's engine (native)",
      chosen: false,
    });
    // The berth context follows the running engine.
    expect(readBerthContextHost(path.join(dir, 'docker'))).toBe('unix:///fake.sock');
    expect(m.view()).toMatchObject({ selected: 'native', engaged: true, owned: true, needsVm: false });
    expect(m.view().context).toEqual({ name: 'berth', host: 'unix:///fake.sock', current: false });

    await m.stop();
    expect(m.hold()).toEqual({
      state: 'disconnected',
      reason: "Berth's engine (native) is stopped. Start it on the Engine page.",
    });
  });

  it("leaves the user's own engine alone: no start, no hold", async () => {
    userEngine = 'DOCKER_HOST is set';
    const m = manager();
    await m.autoStart();
    expect(provider.calls).toEqual([]);
    expect(m.hold()).toBeNull();
  });

  it('starts a provider chosen in Settings even beside a user engine, and it wins discovery', async () => {
    userEngine = 'DOCKER_HOST is set';
    settings.update({ provider: 'native' });
    const m = manager();
    const started = m.autoStart();
    await starting();
    provider.ready();
    await started;
    expect(m.selection()).toEqual({ id: 'native', why: 'chosen in Settings', chosen: true });
    expect(m.engineEndpoint()?.chosen).toBe(true);
  });

  it('reports a failed start in the engine hold, in words', async () => {
    provider.failWith = 'dockerd is not installed';
    const m = manager();
    const started = m.autoStart();
    await starting();
    provider.ready();
    await started; // never rejects
    expect(m.hold()).toEqual({
      state: 'disconnected',
      reason: "Berth's engine (native) failed: dockerd is not installed",
    });
  });

  it('has nothing to run where no provider fits the platform', async () => {
    const m = manager('darwin');
    expect(m.selection().id).toBeNull();
    await m.autoStart();
    expect(provider.calls).toEqual([]);
    expect(m.view().needsVm).toBe(true);
  });

  it('stops its own engine at quit when the setting says so (ask: stop, as serve has no dialog)', async () => {
    const run = async (quitEngine: QuitEngineChoice, stopEngine?: boolean) => {
      provider = new FakeProvider();
      settings.update({ quitEngine });
      const m = manager();
      const started = m.start();
      await starting();
      provider.ready();
      await started;
      await m.dispose(stopEngine === undefined ? {} : { stopEngine });
      return provider.calls;
    };
    expect(await run('stop')).toEqual(['start', 'stop', 'dispose']);
    expect(await run('ask')).toEqual(['start', 'stop', 'dispose']);
    expect(await run('keep')).toEqual(['start', 'dispose']);
    // The desktop app's answer to its dialog wins over the setting.
    expect(await run('ask', false)).toEqual(['start', 'dispose']);
    expect(await run('keep', true)).toEqual(['start', 'stop', 'dispose']);
  });

  it('factory reset deletes the provider data and the berth context, listing both first', async () => {
    const m = manager();
    const started = m.start();
    await starting();
    provider.ready();
    await started;
    const lines = await m.describeReset();
    expect(lines[0]).toBe('/fake/engine');
    expect(lines[1]).toContain('The docker context "berth"');
    await m.stop();
    await m.factoryReset();
    expect(provider.calls).toContain('reset');
    expect(existsSync(contextPaths(path.join(dir, 'docker')).metaFile)).toBe(false);
  });
});
