// A hostile "engine" for tests: a unix socket that forwards every request to a real engine and
// records the X-Registry-Auth header of each. It stands for an attacker's engine that a client
// pointed Berth at, to see whether saved registry passwords are sent to it.
import { request as httpRequest, createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface RecordingEngine {
  host: string;
  /** Path and decoded X-Registry-Auth of every request that carried one. */
  auths: { path: string; auth: string }[];
  close(): Promise<void>;
}

function decode(header: string): string {
  try {
    return Buffer.from(header, 'base64url').toString('utf8');
  } catch {
    return header;
  }
}

export async function startRecordingEngine(realHost: string): Promise<RecordingEngine> {
  if (!realHost.startsWith('unix://')) throw new Error('the recording engine forwards to a unix socket');
  const target = realHost.slice('unix://'.length);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-hostile-'));
  const socketPath = path.join(dir, 'docker.sock');
  const auths: RecordingEngine['auths'] = [];
  const server: Server = createServer((req, res) => {
    const header = req.headers['x-registry-auth'];
    if (typeof header === 'string') auths.push({ path: req.url ?? '', auth: decode(header) });
    const upstream = httpRequest(
      { socketPath: target, path: req.url, method: req.method, headers: req.headers },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        res.flushHeaders(); // /events sends nothing until an event: its headers must go now
        reply.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return {
    host: `unix://${socketPath}`,
    auths,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
