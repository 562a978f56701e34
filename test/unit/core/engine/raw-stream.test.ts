// The HTTP/1.0 client for log streams, against a local socket server that answers the way an
// engine (Go's net/http) does: the request line it sends, a body split anywhere (even inside the
// header), an error status with the engine's JSON message, a chunked answer it must refuse, and
// endpoints it does not handle.
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import Dockerode from 'dockerode';
import { afterEach, describe, expect, it } from 'vitest';
import { EngineHttpError, openRawStream } from '@core/engine/raw-stream';

const dirs: string[] = [];
const servers: net.Server[] = [];

afterEach(() => {
  for (const server of servers.splice(0)) server.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A unix-socket server that records the request and writes `pieces` one by one, then closes. */
async function serve(pieces: string[]): Promise<{ socketPath: string; requests: string[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-raw-'));
  dirs.push(dir);
  const socketPath = path.join(dir, 'engine.sock');
  const requests: string[] = [];
  const server = net.createServer((socket) => {
    socket.once('data', async (request) => {
      requests.push(request.toString());
      for (const piece of pieces) {
        socket.write(piece);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      socket.end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return { socketPath, requests };
}

async function readAll(stream: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += (chunk as Buffer).toString();
  return text;
}

describe('openRawStream', () => {
  it('sends an HTTP/1.0 GET with the query and streams the body, however it is split', async () => {
    const { socketPath, requests } = await serve([
      'HTTP/1.0 200 OK\r\nContent-Ty',
      'pe: x\r\n\r\nhel',
      'lo ',
      'world',
    ]);
    const docker = new Dockerode({ socketPath });
    const stream = await openRawStream(
      docker,
      '/containers/web/logs',
      { tail: 'all', follow: false },
      new AbortController().signal,
    )!;
    expect(await readAll(stream)).toBe('hello world');
    expect(requests[0]).toMatch(/^GET \/containers\/web\/logs\?tail=all&follow=false HTTP\/1\.0\r\n/);
  });

  it("rejects a non-200 answer with the engine's message and status", async () => {
    const body = JSON.stringify({ message: 'No such container: nope' });
    const { socketPath } = await serve([
      `HTTP/1.0 404 Not Found\r\nContent-Type: application/json\r\n\r\n${body}`,
    ]);
    const result = openRawStream(
      new Dockerode({ socketPath }),
      '/containers/nope/logs',
      {},
      new AbortController().signal,
    )!;
    await expect(result).rejects.toThrow('No such container: nope');
    await expect(result).rejects.toBeInstanceOf(EngineHttpError);
  });

  it('refuses a chunked answer rather than passing chunk sizes on as log bytes', async () => {
    const { socketPath } = await serve([
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n',
    ]);
    const result = openRawStream(new Dockerode({ socketPath }), '/x', {}, new AbortController().signal)!;
    await expect(result).rejects.toThrow(/chunks/);
  });

  it('leaves ssh endpoints to dockerode', () => {
    const docker = new Dockerode({ protocol: 'ssh', host: 'example.invalid', port: 22 });
    expect(openRawStream(docker, '/x', {}, new AbortController().signal)).toBeNull();
  });
});
