// Browsing a volume: each call makes a helper that mounts the volume at /volume (read-only for
// listing and downloads), reuses the container-files code on it, and removes it afterwards.
// Paths are checked by the shared schema (absolute, no "..", no control characters) and then
// placed under /volume, so nothing outside the volume is named.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type Dockerode from 'dockerode';
import { pack } from 'tar-stream';
import { VOLUME_UPLOAD_CHUNK_BYTES } from '@shared/api/volumes-manage';
import { containerPathProblem, fileNameProblem } from '@shared/ids/file-path';
import type { FolderListing } from '@shared/api/container-files';
import type { DownloadChunk } from '@shared/api/download-chunk';
import { downloadPath } from '../containers/file-download';
import { makeFolder } from '../containers/file-edit';
import { parseFolderTar } from '../containers/file-listing';
import type { FlowWindow } from '../streams/flow-window';
import { UploadError, UploadStore } from '../streams/upload-store';
import type { TempDirs } from '../temp-dirs';
import { createHelper, ensureHelperImage, removeHelper, runHelper, withHelper } from './helper';

const MOUNT = '/volume';

/** The helper's path for a path inside the volume (checked again: it reaches tar headers and rm). */
export function insideVolume(path: string): string {
  const problem = containerPathProblem(path);
  if (problem) throw new UploadError(`${problem}.`);
  const trimmed = path.replace(/\/+$/, '');
  return trimmed ? `${MOUNT}${trimmed}` : MOUNT;
}

export async function listVolumeFolder(
  docker: Dockerode,
  image: string,
  name: string,
  path: string,
): Promise<FolderListing> {
  return withHelper(docker, image, [{ volume: name, target: MOUNT, readOnly: true }], async (helper) => {
    const tar = await helper.getArchive({ path: insideVolume(path) });
    return parseFolderTar(tar as unknown as Readable, path);
  });
}

export async function* downloadVolumePath(
  docker: Dockerode,
  image: string,
  name: string,
  path: string,
  window: FlowWindow,
  signal?: AbortSignal,
): AsyncGenerator<DownloadChunk> {
  const where = insideVolume(path);
  await ensureHelperImage(docker, image);
  const helper = await createHelper(docker, image, [{ volume: name, target: MOUNT, readOnly: true }]);
  try {
    for await (const chunk of downloadPath(docker, helper.id, where, window, signal)) {
      // The top of the volume is named for the volume, not "volume.tar".
      if (chunk.type === 'start' && where === MOUNT) yield { ...chunk, fileName: `${name}.tar` };
      else yield chunk;
    }
  } finally {
    await removeHelper(helper).catch(() => undefined);
  }
}

export async function makeVolumeFolder(docker: Dockerode, image: string, name: string, path: string) {
  await withHelper(docker, image, [{ volume: name, target: MOUNT, readOnly: false }], (helper) =>
    makeFolder(docker, helper.id, insideVolume(path)),
  );
  return { path };
}

/** `rm -rf -- PATH` in a helper that runs once (the engine API has no delete). */
export async function deleteVolumePath(docker: Dockerode, image: string, name: string, path: string) {
  const where = insideVolume(path);
  if (where === MOUNT)
    throw new UploadError('The top of the volume cannot be deleted; remove the volume instead.');
  const result = await runHelper(
    docker,
    image,
    [{ volume: name, target: MOUNT, readOnly: false }],
    ['rm', '-rf', '--', where],
  );
  if (result.exitCode !== 0)
    throw new Error(result.output.trim() || `rm exited with code ${result.exitCode}.`);
  return { path };
}

interface UploadTarget {
  volume: string;
  folder: string;
  fileName: string;
}

/** Files on their way into volumes: the upload store, then one tar through a helper. */
export class VolumeUploads {
  private readonly store: UploadStore<UploadTarget>;

  constructor(tempDirs: TempDirs) {
    this.store = new UploadStore<UploadTarget>(
      {
        kind: 'upload',
        chunkBytes: VOLUME_UPLOAD_CHUNK_BYTES,
        maxBytes: 512 * 1024 * 1024,
        maxOpen: 16,
        idleMs: 10 * 60_000,
      },
      tempDirs,
    );
  }

  dispose(): void {
    this.store.dispose();
  }

  start(volume: string, folder: string, fileName: string, size: number): string {
    const problem = fileNameProblem(fileName) ?? containerPathProblem(folder);
    if (problem) throw new UploadError(`${problem}.`);
    return this.store.start(size, { volume, folder, fileName });
  }

  chunk(uploadId: string, offset: number, base64: string): Promise<number> {
    return this.store.append(uploadId, offset, Buffer.from(base64, 'base64'));
  }

  cancel(uploadId: string): void {
    this.store.discard(uploadId);
  }

  finish(docker: Dockerode, image: string, uploadId: string): Promise<{ path: string; bytes: number }> {
    return this.store.finish(uploadId, (file, target, size) =>
      withHelper(
        docker,
        image,
        [{ volume: target.volume, target: MOUNT, readOnly: false }],
        async (helper) => {
          const tar = pack();
          const header = { name: target.fileName, size, mode: 0o644, mtime: new Date() };
          const writing =
            size > 0
              ? pipeline(createReadStream(file), tar.entry(header))
              : new Promise<void>((resolve, reject) =>
                  tar.entry(header, Buffer.alloc(0), (error) => (error ? reject(error) : resolve())),
                );
          const sending = helper.putArchive(tar as unknown as NodeJS.ReadableStream, {
            path: insideVolume(target.folder),
          });
          try {
            await Promise.all([writing.then(() => tar.finalize()), sending]);
          } finally {
            tar.destroy();
          }
          return { path: `${target.folder.replace(/\/+$/, '')}/${target.fileName}`, bytes: size };
        },
      ),
    );
  }
}
