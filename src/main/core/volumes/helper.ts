// The short-lived helper container that reaches into volumes (back up, restore, clone, browse).
// It is created, never started where the archive API suffices (the engine mounts a created
// container's volumes for archive calls), has no network, and is removed afterwards whatever
// happens: removal never takes the volumes with it.
import { randomBytes } from 'node:crypto';
import type Dockerode from 'dockerode';
import { engineMessage } from '../engine/errors';

export const HELPER_LABEL = 'io.berth.helper';

export interface HelperMount {
  volume: string;
  target: string;
  readOnly: boolean;
}

export class HelperImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HelperImageError';
  }
}

function statusCode(error: unknown): number | undefined {
  return (error as { statusCode?: number } | null)?.statusCode;
}

/** Makes sure the engine has `image`; pulls it when missing. True when it had to pull. */
export async function ensureHelperImage(docker: Dockerode, image: string): Promise<boolean> {
  try {
    await docker.getImage(image).inspect();
    return false;
  } catch (error) {
    if (statusCode(error) !== 404) throw error;
  }
  try {
    const stream = (await docker.pull(image)) as NodeJS.ReadableStream;
    await new Promise<void>((resolve, reject) =>
      docker.modem.followProgress(stream, (error: Error | null, output: { error?: string }[] = []) => {
        const inBand = output.find((line) => line.error)?.error;
        if (error || inBand) reject(error ?? new Error(inBand));
        else resolve();
      }),
    );
    return true;
  } catch (error) {
    throw new HelperImageError(
      `The helper image ${image} is not on this engine and could not be pulled (${engineMessage(error)}). ` +
        'Choose an image the engine already has (any image with a shell and tar, such as busybox) in Settings.',
    );
  }
}

/** Creates (does not start) a helper that mounts `mounts`; `cmd` only matters if it is started. */
export async function createHelper(
  docker: Dockerode,
  image: string,
  mounts: HelperMount[],
  cmd: string[] = ['true'],
): Promise<Dockerode.Container> {
  return docker.createContainer({
    name: `berth-helper-${randomBytes(6).toString('hex')}`,
    Image: image,
    Cmd: cmd,
    Entrypoint: [],
    WorkingDir: '/',
    NetworkDisabled: true,
    Labels: { [HELPER_LABEL]: 'volume' },
    HostConfig: {
      NetworkMode: 'none',
      Mounts: mounts.map((mount) => ({
        Type: 'volume',
        Source: mount.volume,
        Target: mount.target,
        ReadOnly: mount.readOnly,
      })),
    },
  });
}

/** Removes the helper (and only its anonymous layer: named volumes are never removed with it). */
export async function removeHelper(container: Dockerode.Container): Promise<void> {
  try {
    await container.remove({ force: true, v: false });
  } catch (error) {
    if (statusCode(error) !== 404) throw error;
  }
}

/** Runs `use` with a created helper, removing it afterwards even when `use` fails. */
export async function withHelper<T>(
  docker: Dockerode,
  image: string,
  mounts: HelperMount[],
  use: (container: Dockerode.Container, pulledHelper: boolean) => Promise<T>,
): Promise<T> {
  const pulledHelper = await ensureHelperImage(docker, image);
  const container = await createHelper(docker, image, mounts);
  try {
    return await use(container, pulledHelper);
  } finally {
    await removeHelper(container).catch(() => undefined);
  }
}

/** Starts a helper that runs `cmd` to its end; returns its exit code and (capped) output. */
export async function runHelper(
  docker: Dockerode,
  image: string,
  mounts: HelperMount[],
  cmd: string[],
): Promise<{ exitCode: number; output: string }> {
  await ensureHelperImage(docker, image);
  const container = await createHelper(docker, image, mounts, cmd);
  try {
    await container.start();
    const result = (await container.wait()) as { StatusCode?: number };
    const logs = (await container.logs({ stdout: true, stderr: true })) as unknown as Buffer;
    // Non-TTY logs carry 8-byte frame headers; strip them for a readable message.
    const output = stripFrames(Buffer.isBuffer(logs) ? logs : Buffer.from(String(logs))).slice(0, 4096);
    return { exitCode: result.StatusCode ?? -1, output };
  } finally {
    await removeHelper(container).catch(() => undefined);
  }
}

function stripFrames(buffer: Buffer): string {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= buffer.length) {
    const size = buffer.readUInt32BE(offset + 4);
    parts.push(buffer.subarray(offset + 8, offset + 8 + size));
    offset += 8 + size;
  }
  return Buffer.concat(parts).toString('utf8');
}
