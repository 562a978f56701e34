// `docker cp FILE CONTAINER:FOLDER` for the renderer: the file arrives through the upload store
// (streams/upload-store.ts), then one tar holding it goes to PUT /containers/{id}/archive.
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type Dockerode from 'dockerode';
import { pack } from 'tar-stream';
import { containerPathProblem, fileNameProblem } from '@shared/ids/file-path';
import { UPLOAD_CHUNK_BYTES, UPLOAD_MAX_BYTES } from '@shared/api/container-files';
import { UploadError, UploadStore } from '../streams/upload-store';
import type { TempDirs } from '../temp-dirs';

export { UploadError } from '../streams/upload-store';

interface Target {
  containerId: string;
  folder: string;
  name: string;
}

/** The Backend's files on their way into containers. */
export class ContainerUploads {
  private readonly store: UploadStore<Target>;

  constructor(tempDirs: TempDirs) {
    this.store = new UploadStore<Target>(
      {
        kind: 'upload',
        chunkBytes: UPLOAD_CHUNK_BYTES,
        maxBytes: UPLOAD_MAX_BYTES,
        maxOpen: 32,
        idleMs: 10 * 60_000,
      },
      tempDirs,
    );
  }

  start(containerId: string, folder: string, name: string, size: number): string {
    // The router's schemas check these already; the tar header is built here, so check again.
    const problem = fileNameProblem(name) ?? containerPathProblem(folder);
    if (problem) throw new UploadError(`${problem}.`);
    return this.store.start(size, { containerId, folder, name });
  }

  chunk(uploadId: string, offset: number, base64: string): Promise<number> {
    return this.store.append(uploadId, offset, Buffer.from(base64, 'base64'));
  }

  /** Sends the file to the container; the upload is gone afterwards, whatever the outcome. */
  finish(docker: Dockerode, uploadId: string): Promise<{ path: string; bytes: number }> {
    return this.store.finish(uploadId, async (file, target, size) => {
      const tar = pack();
      const header = { name: target.name, size, mode: 0o644, mtime: new Date() };
      const writing =
        size > 0
          ? pipeline(createReadStream(file), tar.entry(header))
          : new Promise<void>((resolve, reject) =>
              tar.entry(header, Buffer.alloc(0), (error) => (error ? reject(error) : resolve())),
            );
      const sending = docker
        .getContainer(target.containerId)
        .putArchive(tar as unknown as NodeJS.ReadableStream, { path: target.folder });
      try {
        // If the engine refuses (read-only path, no such folder) the write stops with it.
        await Promise.all([writing.then(() => tar.finalize()), sending]);
      } finally {
        tar.destroy();
      }
      return { path: `${target.folder.replace(/\/+$/, '')}/${target.name}`, bytes: size };
    });
  }

  cancel(uploadId: string): void {
    this.store.discard(uploadId);
  }

  get openCount(): number {
    return this.store.openCount;
  }

  dispose(): void {
    this.store.dispose();
  }
}
