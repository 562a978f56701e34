// Web mode's gate and transport, over real HTTP and WebSocket against a real engine: static files
// without the token (they hold no secret), no procedure over plain HTTP, the token only in the
// WebSocket handshake, Origin checked, wrong tokens rate-limited, 403 for a foreign Host, security
// headers on every answer; with the token the same router answers queries and pushes changes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Change, ContainerSummary } from '@shared/api';
import { createBackend, type Backend } from '@core/backend';
import { webPolicy } from '@core/policy';
import type { AppRouter } from '@core/router';
import { FailureLimiter } from '@server/rate-limit';
import { startServer, type RunningServer } from '@server/server';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { waitConnected } from '../support/backend';
import { uniqueName } from '../support/names';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const TOKEN = 'integration-token-0123456789abcdef';
let backend: Backend;
let server: RunningServer;
let dir: string;
let now = 1_000_000;

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function send(method: string, pathname: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: pathname, method, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

const get = (pathname: string, headers: Record<string, string> = {}) => send('GET', pathname, headers);

interface Upgrade {
  status: number;
  headers: Record<string, string | string[] | undefined>;
}

function upgrade(
  url: string,
  options: { headers?: Record<string, string>; origin?: string } = {},
): Promise<Upgrade> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers: options.headers, origin: options.origin });
    socket.on('unexpected-response', (_req, res) => {
      resolve({ status: res.statusCode ?? 0, headers: res.headers });
      socket.terminate();
    });
    socket.on('open', () => {
      resolve({ status: 101, headers: {} });
      socket.close();
    });
    socket.on('error', () => resolve({ status: -1, headers: {} }));
  });
}

const upgradeStatus = async (
  url: string,
  options: { headers?: Record<string, string>; origin?: string } = {},
) => (await upgrade(url, options)).status;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'berth-web-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Berth</title>');
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'export {};');
  backend = createBackend({
    settingsPath: path.join(dir, 'settings.json'),
    engineOverride: env.dockerHost,
    policy: webPolicy(),
  });
  server = await startServer({
    context: backend.context,
    host: '127.0.0.1',
    port: 0,
    token: TOKEN,
    rendererDir: dir,
    limiter: new FailureLimiter({ now: () => now }),
  });
  await waitConnected(backend.engine);
});

afterAll(async () => {
  await server?.close();
  backend?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>): void {
  expect(headers['content-security-policy']).toContain("object-src 'none'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
}

describe('web mode gate', () => {
  it('serves the page and hashed assets without the token, and never sets a cookie', async () => {
    const first = await get(`/?token=${TOKEN}`);
    expect(first.status).toBe(200);
    expect(first.headers['set-cookie']).toBeUndefined();
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Berth</title>');
    expect(page.headers['set-cookie']).toBeUndefined();
    expectSecurityHeaders(page.headers);
    expect(page.headers['cache-control'] ?? '').not.toContain('immutable');
    const asset = await get('/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('runs no procedure over plain HTTP, token or not (404), with the security headers', async () => {
    const input = encodeURIComponent(JSON.stringify({ refs: [env.busyboxImage] }));
    for (const reply of [
      await get('/trpc/containers.list'),
      await get(`/trpc/containers.list?token=${TOKEN}`),
      await get('/trpc/containers.list', {
        Authorization: `Bearer ${TOKEN}`,
        Cookie: `berth_token=${TOKEN}`,
      }),
      await get(`/trpc/images.save?token=${TOKEN}&input=${input}`),
      await get(`/trpc?token=${TOKEN}`),
      await send('POST', `/trpc/settings.update?token=${TOKEN}`, { 'Content-Type': 'application/json' }),
    ]) {
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('"result"');
      expectSecurityHeaders(reply.headers);
    }
  });

  it('refuses a foreign Host header (403, DNS rebinding), with the security headers', async () => {
    const reply = await get('/', { Host: `evil.example:${server.port}` });
    expect(reply.status).toBe(403);
    expectSecurityHeaders(reply.headers);
    expect((await get('/', { Host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('takes the token only in the handshake; refuses a cookie, a foreign Host and a foreign Origin', async () => {
    const base = `ws://127.0.0.1:${server.port}/trpc`;
    const own = `http://127.0.0.1:${server.port}`;
    const noToken = await upgrade(base);
    expect(noToken.status).toBe(401);
    expectSecurityHeaders(noToken.headers);
    expect(await upgradeStatus(base, { headers: { Cookie: `berth_token=${TOKEN}` } })).toBe(401);
    expect(await upgradeStatus(base, { headers: { Authorization: `Bearer ${TOKEN}` } })).toBe(401);
    expect(
      await upgradeStatus(`${base}?token=${TOKEN}`, { headers: { Host: `evil.example:${server.port}` } }),
    ).toBe(403);
    for (const origin of [
      `http://127.0.0.1:${server.port + 1}`,
      'http://localhost:3000',
      'http://evil.example',
    ]) {
      const foreign = await upgrade(`${base}?token=${TOKEN}`, { origin });
      expect(foreign.status).toBe(403);
      expectSecurityHeaders(foreign.headers);
    }
    expect(await upgradeStatus(`${base}?token=${TOKEN}`, { origin: own })).toBe(101);
    expect(await upgradeStatus(`${base}?token=${TOKEN}`, { origin: `http://localhost:${server.port}` })).toBe(
      101,
    );
    expect(await upgradeStatus(`${base}?token=${TOKEN}`)).toBe(101);
    expect(await upgradeStatus(`ws://127.0.0.1:${server.port}/other?token=${TOKEN}`)).toBe(404);
  });

  it('after 10 wrong tokens in a minute answers 429, even to the right token, until the block ends', async () => {
    const base = `ws://127.0.0.1:${server.port}/trpc`;
    now += 10 * 60_000;
    for (let i = 0; i < 9; i++) expect(await upgradeStatus(`${base}?token=guess-${i}`)).toBe(401);
    const blocked = await upgrade(`${base}?token=guess-9`);
    expect(blocked.status).toBe(429);
    expectSecurityHeaders(blocked.headers);
    expect(await upgradeStatus(`${base}?token=${TOKEN}`)).toBe(429);
    now += 61_000;
    expect(await upgradeStatus(`${base}?token=${TOKEN}`)).toBe(101);
  });
});

describe('the router over WebSocket', () => {
  it('answers queries and pushes a new container as a change', async () => {
    // Node 20 has no global WebSocket; the ws package stands in.
    const wsClient = createWSClient({
      url: `ws://127.0.0.1:${server.port}/trpc?token=${TOKEN}`,
      WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    });
    const client = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
    const name = uniqueName('it-ws');
    const received: Change<ContainerSummary>[] = [];
    const subscription = client.containers.changes.subscribe(undefined, {
      onData: (batch) => received.push(...batch),
    });
    try {
      const status = await client.engine.status.query();
      expect(status.state).toBe('connected');
      await waitForValue(() => received.find((change) => change.type === 'snapshot'), 'initial snapshot');

      await dockerCli(env.dockerHost, ['create', '--name', name, env.busyboxImage, 'true']);
      const upsert = await waitForValue(
        () => received.find((change) => change.type === 'upsert' && change.item.name === name),
        'upsert for the new container',
      );
      expect(upsert.type).toBe('upsert');
      const list = await client.containers.list.query({ all: true });
      expect(list.some((container) => container.name === name)).toBe(true);
      await expect(client.settings.update.mutate({ engineHost: 'http://nope' } as never)).rejects.toThrow(
        /unix:\/\/, npipe:\/\/, tcp:\/\/ or ssh:\/\//,
      );
      // Web mode without --allow-engine-change: the engine address is the operator's.
      await expect(client.settings.update.mutate({ engineHost: 'tcp://127.0.0.1:1' })).rejects.toThrow(
        /--allow-engine-change/,
      );
      expect((await client.settings.get.query()).engineHost).toBeNull();
    } finally {
      subscription.unsubscribe();
      wsClient.close();
      await dockerCli(env.dockerHost, ['rm', '-f', name]).catch(() => undefined);
    }
  });
});

describe('berth serve refuses to start unsafely', () => {
  // The real entry under tsx: it must stop before it binds or touches the engine.
  const serve = (args: string[], token: string) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.resolve(import.meta.dirname, '../../src/main/server/cli.ts'),
        '--port',
        '0',
        ...args,
      ],
      {
        env: { ...process.env, BERTH_TOKEN: token, DOCKER_HOST: env.dockerHost },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );

  it('with a BERTH_TOKEN shorter than 32 characters', () => {
    const result = serve([], 'short-token');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('BERTH_TOKEN must be at least 32 characters');
  });

  it('beyond loopback without --allow-host', () => {
    const result = serve(['--host', '0.0.0.0'], TOKEN);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--allow-host NAME');
  });
});
