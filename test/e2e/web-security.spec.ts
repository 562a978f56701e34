// Pages on other ports of the same host (a container's published port, any local dev server)
// share cookies with Berth, since cookies ignore ports. After the browser has opened Berth with
// its token, such a page must still not reach the engine: not over the WebSocket, not over HTTP.
// A foreign Origin with the right token is refused too. Berth itself keeps working, reloads included.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import WebSocket from 'ws';
import { expect, test } from './fixtures';

let hostile: Server;
let hostilePort: number;

test.beforeAll(async () => {
  hostile = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<!doctype html><title>Some other local service</title><p>hello</p>');
  });
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  hostilePort = (hostile.address() as AddressInfo).port;
});

test.afterAll(async () => {
  hostile.closeAllConnections();
  await new Promise<void>((resolve) => hostile.close(() => resolve()));
});

interface Attempt {
  opened: boolean;
  answer: string | null;
}

/** From inside `page`, opens Berth's WebSocket and asks for the container list. */
function tryWebSocket(page: Page, url: string): Promise<Attempt> {
  return page.evaluate(
    (target) =>
      new Promise<Attempt>((resolve) => {
        const result: Attempt = { opened: false, answer: null };
        const socket = new WebSocket(target);
        const timer = setTimeout(() => {
          socket.close();
          resolve(result);
        }, 5000);
        socket.onopen = () => {
          result.opened = true;
          socket.send(
            JSON.stringify({
              id: 1,
              method: 'query',
              params: { path: 'containers.list', input: { all: true } },
            }),
          );
        };
        socket.onmessage = (event) => {
          result.answer = String(event.data);
          clearTimeout(timer);
          socket.close();
          resolve(result);
        };
        socket.onclose = () => {
          clearTimeout(timer);
          resolve(result);
        };
      }),
    url,
  );
}

test.describe('pages on other ports of the same host', () => {
  test('cannot use the WebSocket or the HTTP endpoint after the browser opened Berth', async ({
    page,
    context,
    berth,
  }) => {
    const berthPort = new URL(berth.serve.origin).port;
    await page.goto(berth.serve.url);
    await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible();
    // Berth sets no cookie: there is nothing for other ports to inherit.
    expect(await context.cookies()).toEqual([]);

    for (const origin of [`http://127.0.0.1:${hostilePort}`, `http://localhost:${hostilePort}`]) {
      const other = await context.newPage();
      await other.goto(`${origin}/`);
      await expect(other.getByText('hello')).toBeVisible();

      for (const host of ['127.0.0.1', 'localhost']) {
        const attempt = await tryWebSocket(other, `ws://${host}:${berthPort}/trpc`);
        expect(attempt).toEqual({ opened: false, answer: null });
      }

      // The page cannot read a no-cors answer; the browser's network log shows what the server did.
      const apiUrl = `http://127.0.0.1:${berthPort}/trpc/containers.list`;
      const [request] = await Promise.all([
        other.waitForRequest((r) => r.url().startsWith(apiUrl)),
        other.evaluate(
          (url) =>
            fetch(url, { mode: 'no-cors', credentials: 'include' })
              .then(() => 'sent')
              .catch(() => 'failed'),
          apiUrl,
        ),
      ]);
      // null: the browser dropped the answer (Cross-Origin-Resource-Policy); else it must be a 404.
      const response = await request.response();
      if (response) {
        expect(response.status()).toBe(404);
        expect(await response.text().catch(() => '')).not.toContain('"result"');
      } else {
        expect(request.failure()?.errorText).toMatch(/BLOCKED_BY_RESPONSE/);
      }
      await other.close();
    }
  });

  test('a foreign Origin is refused even with the right token', async ({ berth }) => {
    const url = `${berth.serve.origin.replace('http', 'ws')}/trpc?token=${berth.serve.token}`;
    const status = (origin: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(url, { origin });
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
    expect(await status(`http://127.0.0.1:${hostilePort}`)).toBe(403);
    expect(await status(`http://localhost:${hostilePort}`)).toBe(403);
    expect(await status(berth.serve.origin)).toBe(101);
  });
});

test('Berth works from its URL, hides the token from the address bar, and survives a reload', async ({
  page,
  berth,
}) => {
  const name = berth.uniqueName('e2e-sec');
  await berth.docker(['create', '--name', name, berth.busybox, 'true']);
  try {
    await page.goto(berth.serve.url);
    const row = page.getByRole('row').filter({ hasText: name });
    await expect(row).toBeVisible();
    expect(page.url()).not.toContain('token=');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible();
    await expect(row).toBeVisible();
    expect(page.url()).not.toContain('token=');
  } finally {
    await berth.docker(['rm', '-f', name]).catch(() => undefined);
  }
});

test('opened without the token, the page loads and says how to get in', async ({ page, berth }) => {
  await page.goto(`${berth.serve.origin}/`);
  await expect(page.getByRole('alert').filter({ hasText: 'This tab has no access token' })).toBeVisible();
});
