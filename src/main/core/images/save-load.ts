// `docker save` and `docker load` through the engine API. Save yields the tar in chunks of at
// most 1 MiB; load takes an upload assembled in a temp file (capped, removed afterwards).
import { randomUUID } from 'node:crypto';
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, write } from 'node:fs';
import path from 'node:path';
import type Dockerode from 'dockerode';
import { LOAD_CHUNK_BYTES, LOAD_MAX_BYTES, type LoadResult } from '../../../shared/api/images-build';
import { splitJsonLines } from '../engine/json-lines';
import { ownTempDir } from '../temp-dirs';
import type { BuildMessage } from './build-output';

/** The image tarball of `refs`, as chunks of at most `chunkBytes`. Stops the request on abort. */
export async function* saveImages(
  docker: Dockerode,
  refs: string[],
  signal: AbortSignal,
  chunkBytes = 512 * 1024,
): AsyncGenerator<Buffer> {
  const stream = (await (
    docker as unknown as { getImages(opts: object): Promise<NodeJS.ReadableStream> }
  ).getImages({ names: refs, abortSignal: signal })) as NodeJS.ReadableStream & { destroy(): void };
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  try {
    for await (const piece of stream as AsyncIterable<Buffer>) {
      if (signal.aborted) break;
      let buffer = piece;
      while (buffer.length > 0) {
        const take = Math.min(buffer.length, chunkBytes - pendingBytes);
        pending.push(buffer.subarray(0, take));
        pendingBytes += take;
        buffer = buffer.subarray(take);
        if (pendingBytes >= chunkBytes) {
          yield Buffer.concat(pending);
          pending = [];
          pendingBytes = 0;
        }
      }
    }
    if (pendingBytes > 0 && !signal.aborted) yield Buffer.concat(pending);
  } finally {
    stream.destroy();
  }
}

/** Reads `docker load` output: the names (or IDs) it loaded, or the in-band error. */
export function parseLoadOutput(messages: BuildMessage[]): LoadResult & { error: string | null } {
  const loaded: string[] = [];
  let error: string | null = null;
  for (const message of messages) {
    const text = message.stream ?? '';
    for (const line of text.split('\n')) {
      const match = /^Loaded image(?: ID)?: (.+)$/.exec(line.trim());
      if (match) loaded.push(match[1]!.trim());
    }
    const problem = message.errorDetail?.message ?? message.error;
    if (problem) error = problem.trim();
  }
  return { loaded, error };
}

export async function loadImageFile(
  docker: Dockerode,
  file: string,
  signal?: AbortSignal,
): Promise<LoadResult> {
  const stream = await docker.loadImage(createReadStream(file), { quiet: true, abortSignal: signal });
  const messages: BuildMessage[] = [];
  await new Promise<void>((resolve, reject) => {
    splitJsonLines<BuildMessage>(stream, (message) => messages.push(message));
    stream.on('end', () => resolve());
    stream.on('error', (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))));
  });
  const result = parseLoadOutput(messages);
  if (result.error) {
    // "Error processing tar file(exit status 1): archive/tar: invalid tar header" and the like.
    if (/tar|unexpected EOF|invalid/i.test(result.error))
      throw new Error(`This file is not an image archive from docker save (${result.error}).`);
    throw new Error(result.error);
  }
  if (result.loaded.length === 0)
    throw new Error('The engine loaded nothing from this file. Is it an image archive from docker save?');
  return { loaded: result.loaded };
}

interface Upload {
  id: string;
  dir: string;
  file: string;
  fd: number;
  expected: number;
  received: number;
  /** Chunk indexes written; chunks are aligned to LOAD_CHUNK_BYTES so they can arrive in any order. */
  chunks: Set<number>;
  timer: NodeJS.Timeout;
}

const IDLE_MS = 5 * 60_000;

/**
 * Uploads in progress, each a temp file written at the chunks' offsets (so a client may send a
 * few chunks at once); abandoned ones are removed after 5 idle minutes.
 */
export class UploadStore {
  private readonly uploads = new Map<string, Upload>();

  start(size: number): string {
    if (size > LOAD_MAX_BYTES) throw new Error('The file is larger than 4 GiB.');
    const id = randomUUID();
    const dir = mkdtempSync(path.join(ownTempDir('load'), 'image-'));
    const file = path.join(dir, 'image.tar');
    const upload: Upload = {
      id,
      dir,
      file,
      fd: openSync(file, 'w', 0o600),
      expected: size,
      received: 0,
      chunks: new Set(),
      timer: setTimeout(() => this.discard(id), IDLE_MS),
    };
    upload.timer.unref?.();
    this.uploads.set(id, upload);
    return id;
  }

  async append(id: string, offset: number, data: Buffer): Promise<number> {
    const upload = this.get(id);
    const index = offset / LOAD_CHUNK_BYTES;
    const last = Math.max(0, Math.ceil(upload.expected / LOAD_CHUNK_BYTES) - 1);
    const size = index === last ? upload.expected - offset : LOAD_CHUNK_BYTES;
    if (!Number.isInteger(index) || index > last)
      throw new Error(`A chunk must start at a multiple of 1 MiB inside the file, not at byte ${offset}.`);
    if (upload.chunks.has(index)) throw new Error(`The chunk at byte ${offset} was already sent.`);
    if (data.length !== size)
      throw new Error(`The chunk at byte ${offset} has ${data.length} bytes, not ${size}.`);
    upload.chunks.add(index);
    upload.received += data.length;
    upload.timer.refresh();
    await new Promise<void>((resolve, reject) =>
      write(upload.fd, data, 0, data.length, offset, (error) => (error ? reject(error) : resolve())),
    );
    return upload.received;
  }

  /** Closes the file and hands it to `use`; the temp folder is removed whatever happens. */
  async finish<T>(id: string, use: (file: string) => Promise<T>): Promise<T> {
    const upload = this.get(id);
    try {
      if (upload.received !== upload.expected)
        throw new Error(`The upload is incomplete: ${upload.received} of ${upload.expected} bytes.`);
      return await use(upload.file);
    } finally {
      this.discard(id);
    }
  }

  discard(id: string): void {
    const upload = this.uploads.get(id);
    if (!upload) return;
    this.uploads.delete(id);
    clearTimeout(upload.timer);
    try {
      closeSync(upload.fd);
    } catch {
      // already closed
    }
    rmSync(upload.dir, { recursive: true, force: true });
  }

  private get(id: string): Upload {
    const upload = this.uploads.get(id);
    if (!upload) throw new Error('This upload is no longer in progress; start the load again.');
    return upload;
  }
}
