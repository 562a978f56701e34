// `berth serve`: the built renderer as static files (no secrets, no token needed) and the router
// over one WebSocket whose handshake carries the token. No procedure runs from a plain HTTP request.
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import sirv from 'sirv';
import { WebSocketServer } from 'ws';
import { RENDERER_CSP } from '@shared/csp';
import { appRouter, type Context } from '../core/router';
import { allowedHosts, allowedOrigins, checkHost, checkUpgrade, type UpgradeGate } from './auth';
import { FailureLimiter } from './rate-limit';

export interface ServeOptions {
  context: () => Context;
  host: string;
  port: number;
  token: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Host headers accepted besides the bound address, localhost and 127.0.0.1 (`--allow-host`). */
  allowHosts?: readonly string[];
  /** Failed-token accounting; tests pass one with their own clock. */
  limiter?: FailureLimiter;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const SECURITY_HEADERS: Record<string, string> = {
  // The page's own CSP (also baked into index.html), plus what only a header can say.
  'Content-Security-Policy': `${RENDERER_CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message);
}

/** A refused upgrade, as a whole HTTP response on the raw socket (with the security headers). */
function refuseUpgrade(socket: NodeJS.WritableStream & { destroy(): void }, status: number, message: string) {
  const headers = Object.entries({
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(message)),
    Connection: 'close',
  })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\n${headers}\r\n${message}`);
}

function isApiPath(url: string | undefined): boolean {
  const pathname = new URL(url ?? '/', 'http://x').pathname;
  return pathname === '/trpc' || pathname.startsWith('/trpc/');
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const createContext = options.context;
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
  const gate: UpgradeGate = {
    token: options.token,
    hosts: new Set(),
    origins: new Set(),
    limiter: options.limiter ?? new FailureLimiter(),
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    const host = checkHost(req, gate.hosts);
    if (!host.ok) return refuse(res, host.status, host.message);
    // The API is the WebSocket only: a GET (or anything else) on /trpc runs nothing.
    if (isApiPath(req.url)) return refuse(res, 404, 'Not found: the API is served over the WebSocket only.');
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Method not allowed');
    assets(req, res, () => refuse(res, 404, 'Not found'));
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 * 1024 });
  const wsHandler = applyWSSHandler({ wss, router: appRouter, createContext, keepAlive: { enabled: true } });
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => undefined);
    const checked = checkUpgrade(req, gate);
    if (!checked.ok) return refuseUpgrade(socket, checked.status, checked.message);
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/trpc') {
      return refuseUpgrade(socket, 404, 'Not found');
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  gate.hosts = allowedHosts(options.host, port, options.allowHosts ?? []);
  gate.origins = allowedOrigins(gate.hosts);
  const wildcard = options.host === '0.0.0.0' || options.host === '::';
  const shownHost =
    wildcard && options.allowHosts?.length
      ? options.allowHosts[0]!
      : options.host.includes(':')
        ? `[${options.host}]`
        : options.host;
  const shownWithPort = /:\d+$/.test(shownHost) ? shownHost : `${shownHost}:${port}`;

  return {
    url: `http://${shownWithPort}/?token=${options.token}`,
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
