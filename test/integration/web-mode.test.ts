// Web mode's gate and transport, over real HTTP and WebSocket against a real engine:
// 401 without the token, 403 for a foreign Host, and with the token the same router answers
// queries and pushes container changes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContainerChange } from '../../src/shared/api';
import { createBackend, type Backend } from '../../src/main/core/backend';
import type { AppRouter } from '../../src/main/core/router';
import { startServer, type RunningServer } from '../../src/main/server/server';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { waitConnected } from '../support/backend';
import { uniqueName } from '../support/names';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const TOKEN = 'integration-token-123';
let backend: Backend;
let server: RunningServer;
let dir: string;

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

function get(pathname: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path: pathname, headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

function upgradeStatus(url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    socket.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', () => resolve(-1));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'berth-web-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Berth</title>');
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'export {};');
  backend = createBackend({ settingsPath: path.join(dir, 'settings.json'), engineOverride: env.dockerHost });
  server = await startServer({
    context: backend.context,
    host: '127.0.0.1',
    port: 0,
    token: TOKEN,
    rendererDir: dir,
  });
  await waitConnected(backend.engine);
});

afterAll(async () => {
  await server?.close();
  backend?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('web mode gate', () => {
  it('refuses pages and API calls without the token (401)', async () => {
    expect((await get('/')).status).toBe(401);
    expect((await get('/trpc/containers.list')).status).toBe(401);
    expect((await get('/?token=wrong')).status).toBe(401);
    expect((await get('/trpc/containers.list', { Authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('refuses a foreign Host header even with the token (403, DNS rebinding)', async () => {
    const reply = await get(`/?token=${TOKEN}`, { Host: `evil.example:${server.port}` });
    expect(reply.status).toBe(403);
    expect((await get(`/?token=${TOKEN}`, { Host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('serves the page with the token and sets a strict cookie that then suffices', async () => {
    const first = await get(`/?token=${TOKEN}`);
    expect(first.status).toBe(200);
    expect(first.body).toContain('<title>Berth</title>');
    expect(first.headers['content-security-policy']).toContain("default-src 'self'");
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const again = await get('/', { Cookie: cookie.split(';')[0]! });
    expect(again.status).toBe(200);
  });

  it('lets the browser keep hashed assets for good, but revalidates the page', async () => {
    const cookie = String((await get(`/?token=${TOKEN}`)).headers['set-cookie']).split(';')[0]!;
    const asset = await get('/assets/index-abc123.js', { Cookie: cookie });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get('/', { Cookie: cookie });
    expect(page.headers['cache-control'] ?? '').not.toContain('immutable');
    expect((await get('/assets/index-abc123.js')).status).toBe(401);
  });

  it('refuses WebSocket upgrades without the token or with a foreign Host', async () => {
    const base = `ws://127.0.0.1:${server.port}/trpc`;
    expect(await upgradeStatus(base)).toBe(401);
    expect(await upgradeStatus(`${base}?token=wrong`)).toBe(401);
    expect(await upgradeStatus(`${base}?token=${TOKEN}`, { Host: `evil.example:${server.port}` })).toBe(403);
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
    const received: ContainerChange[] = [];
    const subscription = client.containers.changes.subscribe(undefined, {
      onData: (batch) => received.push(...batch),
    });
    try {
      const status = await client.engine.status.query();
      expect(status.state).toBe('connected');
      await waitForValue(() => received.find((change) => change.type === 'snapshot'), 'initial snapshot');

      await dockerCli(env.dockerHost, ['create', '--name', name, env.busyboxImage, 'true']);
      const upsert = await waitForValue(
        () => received.find((change) => change.type === 'upsert' && change.container.name === name),
        'upsert for the new container',
      );
      expect(upsert.type).toBe('upsert');
      const list = await client.containers.list.query({ all: true });
      expect(list.some((container) => container.name === name)).toBe(true);
      await expect(client.settings.update.mutate({ engineHost: 'http://nope' } as never)).rejects.toThrow(
        /unix:\/\/, npipe:\/\/, tcp:\/\/ or ssh:\/\//,
      );
    } finally {
      subscription.unsubscribe();
      wsClient.close();
      await dockerCli(env.dockerHost, ['rm', '-f', name]).catch(() => undefined);
    }
  });
});
