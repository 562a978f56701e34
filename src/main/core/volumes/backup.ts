// Back up, restore and clone volumes through a created (never started) helper container and the
// engine's archive API: the engine mounts the volume for the archive call, so nothing runs inside
// it. Everything streams: the tar of `/volume/.` is gzipped on its way out, a restore hands the
// uploaded .tar.gz file to the engine as it is read (the engine unpacks gzip itself), and a clone
// pipes one archive call into another.
import { createReadStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { createGzip } from 'node:zlib';
import type Dockerode from 'dockerode';
import type { VolumeBackupEvent, VolumeContents } from '@shared/api/volumes-manage';
import { backupFileName } from '@shared/cli/volume-commands';
import { parseFolderTar } from '../containers/file-listing';
import { windowedData } from '../streams/download-chunks';
import type { FlowWindow } from '../streams/flow-window';
import { createHelper, ensureHelperImage, removeHelper, withHelper } from './helper';

const MOUNT = '/volume';

export class VolumeRestoreError extends Error {
  constructor(
    message: string,
    readonly reason: 'not-empty' | 'exists',
    readonly entries: string[] = [],
  ) {
    super(message);
    this.name = 'VolumeRestoreError';
  }
}

function statusCode(error: unknown): number | undefined {
  return (error as { statusCode?: number } | null)?.statusCode;
}

async function contentsArchive(container: Dockerode.Container, path = `${MOUNT}/.`) {
  // "/volume/." archives the folder's contents as "./...", as `tar -C /volume .` does.
  return (await container.getArchive({ path })) as unknown as IncomingMessage;
}

/** The volume as a .tar.gz download (start, data chunks, end); the helper is gone when this ends. */
export async function* backupVolume(
  docker: Dockerode,
  image: string,
  name: string,
  window: FlowWindow,
  signal?: AbortSignal,
): AsyncGenerator<VolumeBackupEvent> {
  await docker.getVolume(name).inspect(); // "no such volume" in the engine's words, before pulling
  const pulledHelper = await ensureHelperImage(docker, image);
  const container = await createHelper(docker, image, [{ volume: name, target: MOUNT, readOnly: true }]);
  let archive: IncomingMessage | null = null;
  const gzip = createGzip();
  const stop = () => {
    archive?.destroy();
    gzip.destroy();
  };
  signal?.addEventListener('abort', stop, { once: true });
  try {
    archive = await contentsArchive(container);
    archive.on('error', (error) => gzip.destroy(error));
    archive.pipe(gzip);
    yield { type: 'start', fileName: backupFileName(name), mime: 'application/gzip', pulledHelper };
    const total = yield* windowedData(gzip, window, signal);
    if (total !== null) yield { type: 'end', bytes: total };
  } finally {
    signal?.removeEventListener('abort', stop);
    stop();
    await removeHelper(container).catch(() => undefined);
  }
}

/** Whether the volume exists, and the first few names at its top, to say what would be overwritten. */
export async function volumeContents(
  docker: Dockerode,
  image: string,
  name: string,
): Promise<VolumeContents> {
  try {
    await docker.getVolume(name).inspect();
  } catch (error) {
    if (statusCode(error) === 404) return { exists: false, entries: [], more: false };
    throw error;
  }
  const limit = 20;
  return withHelper(docker, image, [{ volume: name, target: MOUNT, readOnly: true }], async (container) => {
    const listing = await parseFolderTar(await contentsArchive(container), MOUNT, limit);
    return {
      exists: true,
      entries: listing.entries.map((entry) => entry.name).sort(),
      more: listing.truncated,
    };
  });
}

/** The refusal to restore over files, naming the first few; null when the volume is empty or new. */
export function overwriteRefusal(name: string, contents: VolumeContents): VolumeRestoreError | null {
  if (!contents.exists || contents.entries.length === 0) return null;
  const named = contents.entries.slice(0, 5).join(', ');
  const more = contents.entries.length > 5 || contents.more ? ', …' : '';
  return new VolumeRestoreError(
    `The volume ${name} is not empty: restoring would overwrite ${named}${more}. Confirm to overwrite.`,
    'not-empty',
    contents.entries,
  );
}

/**
 * Unpacks `file` (a .tar.gz, or a plain tar) into `name`, creating the volume when it is missing.
 * A volume that holds anything is only written over with `overwrite`, and the refusal names what
 * is there.
 */
export async function restoreVolume(
  docker: Dockerode,
  image: string,
  name: string,
  file: string,
  overwrite: boolean,
): Promise<{ created: boolean; pulledHelper: boolean }> {
  const contents = await volumeContents(docker, image, name);
  const refusal = overwrite ? null : overwriteRefusal(name, contents);
  if (refusal) throw refusal;
  if (!contents.exists) await docker.createVolume({ Name: name });
  return withHelper(
    docker,
    image,
    [{ volume: name, target: MOUNT, readOnly: false }],
    async (container, pulledHelper) => {
      await container.putArchive(createReadStream(file) as unknown as NodeJS.ReadableStream, {
        path: MOUNT,
      });
      return { created: !contents.exists, pulledHelper };
    },
  );
}

/** `target` as a new volume holding a copy of `source` (ownership and modes kept). */
export async function cloneVolume(
  docker: Dockerode,
  image: string,
  source: string,
  target: string,
): Promise<{ pulledHelper: boolean }> {
  const sourceInfo = (await docker.getVolume(source).inspect()) as { Driver?: string };
  try {
    await docker.getVolume(target).inspect();
    throw new VolumeRestoreError(`A volume named ${target} already exists: choose another name.`, 'exists');
  } catch (error) {
    if (statusCode(error) !== 404) throw error;
  }
  const pulledHelper = await ensureHelperImage(docker, image);
  await docker.createVolume({ Name: target, Driver: sourceInfo.Driver ?? 'local' });
  try {
    await withHelper(
      docker,
      image,
      [
        { volume: source, target: '/from', readOnly: true },
        { volume: target, target: '/to', readOnly: false },
      ],
      async (container) => {
        const archive = await contentsArchive(container, '/from/.');
        try {
          await container.putArchive(archive as unknown as NodeJS.ReadableStream, { path: '/to' });
        } finally {
          archive.destroy();
        }
      },
    );
  } catch (error) {
    // A half-made copy is worse than none: the new volume goes again.
    await docker
      .getVolume(target)
      .remove()
      .catch(() => undefined);
    throw error;
  }
  return { pulledHelper };
}
