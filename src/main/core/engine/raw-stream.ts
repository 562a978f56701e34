// A streaming GET to the engine over a plain socket, spoken as HTTP/1.0, for bodies made of many
// tiny writes (logs). The engine flushes after every log frame, so over HTTP/1.1 each frame is
// its own chunk and Node's HTTP client raises a 'data' event per line: a million lines cost more
// in that parsing than the engine needs to send them. An HTTP/1.0 request cannot be answered in
// chunks, so the body arrives as plain bytes the kernel coalesces into large reads.
// Unix sockets, named pipes and tcp (plain or TLS) are supported; for anything else (ssh) this
// returns null and the caller uses dockerode.
import net from 'node:net';
import type { Readable } from 'node:stream';
import { PassThrough } from 'node:stream';
import tls from 'node:tls';
import type Dockerode from 'dockerode';

interface ModemLike {
  socketPath?: string | (() => string);
  host?: string;
  port?: number | string;
  protocol?: string;
  version?: string;
  ca?: string | Buffer | Array<string | Buffer>;
  cert?: string | Buffer;
  key?: string | Buffer;
}

const HEADER_LIMIT = 64 * 1024;

function connect(modem: ModemLike): net.Socket | null {
  if (modem.socketPath) {
    const socketPath = typeof modem.socketPath === 'function' ? modem.socketPath() : modem.socketPath;
    return net.connect(socketPath);
  }
  const port = Number(modem.port);
  if (!modem.host || !Number.isFinite(port)) return null;
  if (modem.protocol === 'http') return net.connect(port, modem.host);
  if (modem.protocol === 'https')
    return tls.connect({
      host: modem.host,
      port,
      servername: net.isIP(modem.host) ? undefined : modem.host,
      ca: modem.ca,
      cert: modem.cert,
      key: modem.key,
      rejectUnauthorized: Boolean(modem.ca),
    });
  return null;
}

/** An engine error in its own words (the body is {"message": "..."}), with the status code. */
export class EngineHttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'EngineHttpError';
  }
}

function errorFrom(status: number, body: string): EngineHttpError {
  // A redirect is never followed (see engine/client.ts): it fails this one request.
  if (status >= 300 && status < 400)
    return new EngineHttpError(
      status,
      `The engine answered with a redirect (HTTP ${status}), which Berth does not follow.`,
    );
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    if (typeof parsed.message === 'string') return new EngineHttpError(status, parsed.message);
  } catch {
    // not JSON: use the text
  }
  return new EngineHttpError(status, body.trim() || `The engine answered ${status}.`);
}

/**
 * GET `path` (with `query`) and resolve with the response body as a stream once the status is
 * 200; a non-200 answer rejects with the engine's message. Null when the endpoint kind is not
 * supported here. Aborting `signal` closes the connection.
 */
export function openRawStream(
  docker: Dockerode,
  path: string,
  query: Record<string, string | number | boolean>,
  signal: AbortSignal,
): Promise<Readable> | null {
  const modem = docker.modem as unknown as ModemLike;
  const socket = connect(modem);
  if (!socket) return null;
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const target = `${modem.version ? `/${modem.version}` : ''}${path}${search ? `?${search}` : ''}`;
  const body = new PassThrough({ highWaterMark: 1024 * 1024 });
  const stop = () => socket.destroy();
  signal.addEventListener('abort', stop, { once: true });
  // Pausing the body (backpressure) pauses the socket, so the engine waits in its log file.
  body.on('close', () => {
    signal.removeEventListener('abort', stop);
    socket.destroy();
  });

  return new Promise<Readable>((resolve, reject) => {
    let head: Buffer = Buffer.alloc(0);
    let answered = false;
    let refusal: number | 'chunked' | null = null;
    let errorBody: Buffer[] | null = null;
    const fail = (error: Error) => {
      if (!answered) {
        answered = true;
        reject(signal.aborted ? new Error('aborted') : error);
      } else body.destroy(error);
    };
    socket.once('error', fail);
    // A TLS socket can take the request once its handshake is done.
    const ready = socket instanceof tls.TLSSocket ? 'secureConnect' : 'connect';
    socket.once(ready, () => socket.write(`GET ${target} HTTP/1.0\r\nHost: docker\r\n\r\n`));
    const onHead = (chunk: Buffer) => {
      head = head.length ? Buffer.concat([head, chunk]) : chunk;
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) {
        if (head.length > HEADER_LIMIT) fail(new Error('The engine sent an oversized response header.'));
        return;
      }
      socket.off('data', onHead);
      const lines = head.subarray(0, end).toString('latin1').split('\r\n');
      const status = Number(/^HTTP\/\d\.\d (\d{3})/.exec(lines[0] ?? '')?.[1] ?? 0);
      const rest = head.subarray(end + 4);
      const chunked = lines.some((line) => /^transfer-encoding:\s*chunked/i.test(line));
      if (status !== 200 || chunked) {
        // Read the (small) error body to its end, then reject with the engine's words.
        errorBody = [rest];
        socket.on('data', (more: Buffer) => errorBody?.push(more));
        refusal = chunked ? 'chunked' : status;
        return;
      }
      answered = true;
      socket.off('error', fail);
      socket.on('error', (error) => body.destroy(signal.aborted ? undefined : error));
      if (rest.length) body.write(rest);
      socket.pipe(body);
      resolve(body);
    };
    socket.on('data', onHead);
    socket.once('end', () => {
      if (answered) return;
      if (refusal === 'chunked') fail(new Error('The engine answered an HTTP/1.0 request in chunks.'));
      else if (refusal !== null && errorBody)
        fail(errorFrom(refusal, Buffer.concat(errorBody).toString('utf8')));
      else fail(new Error('The engine closed the connection before answering.'));
    });
  });
}
