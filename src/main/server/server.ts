// `berth serve`: the built renderer and the same router, over HTTP + WebSocket.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { appRouter, type Context } from '../core/router';
import { allowedHosts, checkRequest, hasValidToken, TOKEN_COOKIE } from './auth';

export interface ServeOptions {
  context: () => Context;
  host: string;
  port: number;
  token: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message);
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const createContext = options.context;
  const trpc = createHTTPHandler({ router: appRouter, createContext, basePath: '/trpc/' });
  // Files under assets/ carry a content hash in their names, so the browser may keep them for good
  // and a returning visit loads the app from its cache; index.html is revalidated every time.
  const assets = sirv(options.rendererDir, {
    single: true,
    etag: true,
    gzip: false,
    setHeaders: (res, pathname) => {
      if (pathname.startsWith('/assets/'))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  let hosts = new Set<string>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const gate = checkRequest(req, options.token, hosts);
    if (!gate.ok) return refuse(res, gate.status, gate.message);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    // The first visit carries ?token=; a strict cookie then authorizes assets and the WebSocket.
    if (new URL(req.url ?? '/', 'http://x').searchParams.has('token')) {
      res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    if (req.url?.startsWith('/trpc/')) return trpc(req, res);
    assets(req, res, () => refuse(res, 404, 'Not found'));
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  const wsHandler = applyWSSHandler({ wss, router: appRouter, createContext, keepAlive: { enabled: true } });
  server.on('upgrade', (req, socket, head) => {
    const gate = checkRequest(req, options.token, hosts);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (!gate.ok || path !== '/trpc' || !hasValidToken(req, options.token)) {
      const status = gate.ok ? 404 : gate.status;
      socket.end(
        `HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : 'Not Found'}\r\nConnection: close\r\n\r\n`,
      );
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(options.host, port);
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;

  return {
    url: `http://${shownHost}:${port}/?token=${options.token}`,
    port,
    async close() {
      wsHandler.broadcastReconnectNotification();
      for (const client of wss.clients) client.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
