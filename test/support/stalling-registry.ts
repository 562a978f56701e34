// A proxy in front of a registry that can stall blob downloads (to test Cancel) or answer
// them "blob unknown" (to get an in-band error on an HTTP 200 pull stream).
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A proxy to the harness registry that can stall or refuse blob downloads. */
export function blobProxy(
  registry: string,
  mode: 'stall' | 'missing',
): Promise<{ server: Server; address: string; requested: Promise<void>; closed: Promise<void> }> {
  let resolveClosed: () => void = () => undefined;
  let resolveRequested: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  const requested = new Promise<void>((resolve) => (resolveRequested = resolve));
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    if (req.method === 'GET' && /\/blobs\/sha256:/.test(req.url ?? '')) {
      if (mode === 'missing') {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end('{"errors":[{"code":"BLOB_UNKNOWN","message":"blob unknown to registry"}]}');
        return;
      }
      // Stall: a size, some bytes, then nothing until the engine hangs up.
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': '100000000' });
      res.write(Buffer.alloc(2 * 1024 * 1024));
      resolveRequested();
      res.on('close', resolveClosed);
      return;
    }
    const upstream = request(
      {
        host: '127.0.0.1',
        port: Number(registry.split(':')[1]),
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      const close = server.close.bind(server);
      server.close = ((cb?: () => void) => {
        for (const socket of sockets) socket.destroy();
        return close(cb);
      }) as typeof server.close;
      resolve({ server, address: `127.0.0.1:${port}`, requested, closed });
    }),
  );
}
