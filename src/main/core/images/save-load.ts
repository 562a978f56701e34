// `docker save` and `docker load` through the engine API. Save yields the tar in chunks of at
// most 1 MiB; load takes a file from the upload store (capped, removed afterwards).
import { createReadStream } from 'node:fs';
import type Dockerode from 'dockerode';
import { LOAD_CHUNK_BYTES, LOAD_MAX_BYTES, type LoadResult } from '@shared/api/images-build';
import { UploadStore } from '../streams/upload-store';
import type { TempDirs } from '../temp-dirs';
import { splitJsonLines } from '../streams/json-lines';
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

/** Image files on their way to `docker load`; each may be 4 GiB, so only a few at once. */
export function imageLoadUploads(tempDirs: TempDirs): UploadStore<null> {
  return new UploadStore<null>(
    {
      kind: 'load',
      chunkBytes: LOAD_CHUNK_BYTES,
      maxBytes: LOAD_MAX_BYTES,
      maxOpen: 4,
      idleMs: 5 * 60_000,
    },
    tempDirs,
  );
}
