// Container lifecycle against the engine: run, start (optionally catching the first output),
// prune of exactly the confirmed containers, and the pull that the Run dialog offers.
import { PassThrough } from 'node:stream';
import type Dockerode from 'dockerode';
import type { PruneResult } from '../../../shared/api/lifecycle';
import type { RunSpec } from '../../../shared/api/run-spec';
import type { ActivityLog } from '../activity/activity-log';
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
  const wanted = new Set(ids);
  const listed = await docker.listContainers({ all: true, size: true });
  const byRef = new Map<string, Dockerode.ContainerInfo>();
  for (const info of listed) {
    for (const ref of [info.Id, ...(info.Names ?? []).map((n) => n.replace(/^\//, ''))])
      if (wanted.has(ref)) byRef.set(ref, info);
    for (const ref of wanted) if (ref.length >= 12 && info.Id.startsWith(ref)) byRef.set(ref, info);
  }
  const removed: string[] = [];
  const failed: { id: string; message: string }[] = [];
  let spaceReclaimed = 0;
  for (const ref of ids) {
    const info = byRef.get(ref);
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

/** Pulls an image with progress in the activity panel; resolves when the pull is done. */
export async function pullImage(
  docker: Dockerode,
  activity: ActivityLog,
  image: string,
  command: string,
): Promise<void> {
  const handle = activity.start('pull', image, command);
  try {
    const stream = (await docker.pull(image)) as NodeJS.ReadableStream;
    handle.signal.addEventListener('abort', () => (stream as unknown as { destroy(): void }).destroy(), {
      once: true,
    });
    await new Promise<void>((resolve, reject) => {
      docker.modem.followProgress(
        stream,
        (error: Error | null, output: { error?: string }[]) => {
          const failure = error ?? output.find((line) => line.error)?.error;
          if (failure) reject(failure instanceof Error ? failure : new Error(failure));
          else resolve();
        },
        (event: { status?: string; id?: string; error?: string }) => {
          if (event.status) handle.log(event.id ? `${event.id}: ${event.status}` : event.status);
        },
      );
    });
    handle.succeed();
  } catch (error) {
    handle.fail(engineMessage(error));
    throw error;
  }
}
