// "Test connection" against the harness's real dockerd: the engine's version for its address, a
// clear error for a socket that does not exist, an answer in bounded time from a socket that never
// replies, nothing saved, and in web mode the same guard as the engine address itself.
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngineConnection } from '@core/engine/test-connection';
import { webPolicy } from '@core/policy';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startBackend, type TestBackend } from '../support/backend';

const env = harnessEnv();
let desktop: TestBackend;
let web: TestBackend;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'berth-test-engine-'));
  desktop = await startBackend(env.dockerHost);
  web = await startBackend(env.dockerHost, { policy: webPolicy({}) });
});

afterAll(async () => {
  await desktop?.dispose();
  await web?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('settings.testEngine', () => {
  it('answers with the engine’s version, without saving the address', async () => {
    const before = desktop.backend.settings.get();
    const result = await desktop.caller().settings.testEngine({ host: env.dockerHost });
    const cliVersion = (
      await dockerCli(env.dockerHost, ['version', '--format', '{{.Server.Version}}'])
    ).trim();
    expect(result).toMatchObject({ ok: true, version: { engine: cliVersion } });
    expect(desktop.backend.settings.get()).toEqual(before);
  });

  it('says in words that a socket does not exist', async () => {
    const missing = `unix://${path.join(dir, 'no-such-dir', 'docker.sock')}`;
    const result = await desktop.caller().settings.testEngine({ host: missing });
    expect(result).toEqual({
      ok: false,
      message: `No Docker engine at ${missing}: the socket does not exist. Is Docker running?`,
    });
  });

  it('gives up on an engine that never answers after its time, in one attempt', async () => {
    const socket = path.join(dir, 'silent.sock');
    let connections = 0;
    const server = net.createServer((connection) => {
      connections++;
      connection.on('error', () => undefined); // reading, never answering
    });
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const result = await testEngineConnection(`unix://${socket}`, 300);
      expect(result).toEqual({
        ok: false,
        message: `The Docker engine at unix://${socket} did not answer in time.`,
      });
      expect(connections).toBeLessThanOrEqual(1);
    } finally {
      server.close();
    }
  });

  it('refuses addresses the engine setting refuses', async () => {
    await expect(desktop.caller().settings.testEngine({ host: 'http://127.0.0.1:2375' })).rejects.toThrow(
      /unix:\/\/, npipe:\/\/, tcp:\/\/ or ssh:\/\//,
    );
  });

  it('in web mode refuses another address unless the operator allows engine changes', async () => {
    await expect(
      web.caller().settings.testEngine({ host: `unix://${path.join(dir, 'other.sock')}` }),
    ).rejects.toThrow(/--allow-engine-change/);
    // The saved address (here none: the --engine override) is not the typed one either.
    await expect(web.caller().settings.testEngine({ host: env.dockerHost })).rejects.toThrow(
      /--allow-engine-change/,
    );
    const allowed = await startBackend(env.dockerHost, { policy: webPolicy({ allowEngineChange: true }) });
    try {
      expect(await allowed.caller().settings.testEngine({ host: env.dockerHost })).toMatchObject({
        ok: true,
      });
    } finally {
      await allowed.dispose();
    }
  });
});
