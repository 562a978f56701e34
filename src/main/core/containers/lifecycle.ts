// Container lifecycle against the engine: run, start (optionally catching the first output),
// and prune of exactly the confirmed containers.
import { PassThrough } from 'node:stream';
import type Dockerode from 'dockerode';
import { findContainer } from '@shared/api/containers';
import type { PruneResult } from '@shared/api/lifecycle';
import type { RunSpec } from '@shared/api/run-spec';
import { engineMessage } from '../engine/errors';
import { toCreateOptions } from './create-spec';

const FIRST_OUTPUT_MS = 1500;
const FIRST_OUTPUT_BYTES = 64 * 1024;

export async function runContainer(
  docker: Dockerode,
  spec: RunSpec,
  start: boolean,
): Promise<{ id: string; warnings: string[] }> {
  const container = await docker.createContainer(toCreateOptions(spec));
  const info = container as unknown as { Warnings?: string[] | null };
  if (start) {
    try {
      await container.start();
    } catch (error) {
      // Like `docker run`, a container that cannot start (port taken, ...) is not left behind.
      await container.remove({ force: true }).catch(() => undefined);
      throw error;
    }
  }
  return { id: container.id, warnings: info.Warnings ?? [] };
}

/**
 * Starts a container; with `firstOutput`, attaches first and returns what it prints within
 * ~1.5 s (bounded in bytes), so "start" can show the first lines like `docker start -a`.
 */
export async function startContainer(
  docker: Dockerode,
  id: string,
  firstOutput: boolean,
): Promise<string | null> {
  const container = docker.getContainer(id);
  if (!firstOutput) {
    await container.start();
    return null;
  }
  const { Config } = await container.inspect();
  const stream = (await container.attach({
    stream: true,
    stdout: true,
    stderr: true,
  })) as NodeJS.ReadWriteStream;
  // A connection that fails while we wait ends the wait; unhandled, it would end the process.
  stream.on('error', () => undefined);
  const chunks: Buffer[] = [];
  let size = 0;
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => {
    if (size < FIRST_OUTPUT_BYTES) chunks.push(chunk);
    size += chunk.length;
  });
  if (Config.Tty) stream.pipe(sink);
  else docker.modem.demuxStream(stream, sink, sink);
  try {
    await container.start();
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, FIRST_OUTPUT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      stream.once('end', done);
      stream.once('error', done);
    });
  } finally {
    (stream as unknown as { destroy?: () => void }).destroy?.();
  }
  return Buffer.concat(chunks).toString('utf8').slice(0, FIRST_OUTPUT_BYTES);
}

const STOPPED = new Set(['exited', 'created', 'dead']);

/** Removes exactly the given containers if they are stopped; reports the space each held. */
export async function pruneContainers(
  docker: Dockerode,
  ids: string[],
): Promise<Omit<PruneResult, 'command'>> {
  const listed = (await docker.listContainers({ all: true, size: true })).map((info) => ({
    id: info.Id,
    name: (info.Names?.[0] ?? '').replace(/^\//, ''),
    info,
  }));
  const removed: string[] = [];
  const failed: { id: string; message: string }[] = [];
  let spaceReclaimed = 0;
  for (const ref of ids) {
    const info = findContainer(listed, ref)?.info;
    if (!info) {
      failed.push({ id: ref, message: `No such container: ${ref}` });
      continue;
    }
    if (!STOPPED.has(info.State)) {
      failed.push({ id: ref, message: `Container ${ref} is ${info.State}, not removed` });
      continue;
    }
    try {
      await docker.getContainer(info.Id).remove();
      removed.push(info.Id);
      spaceReclaimed += (info as { SizeRw?: number }).SizeRw ?? 0;
    } catch (error) {
      failed.push({ id: ref, message: engineMessage(error) });
    }
  }
  return { removed, failed, spaceReclaimed };
}
