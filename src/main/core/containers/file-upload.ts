// `docker cp FILE CONTAINER:FOLDER` for the renderer: base64 chunks accumulate in a temp file per
// upload (size-capped, in order), then one tar with that file goes to PUT /containers/{id}/archive.
import { randomUUID } from 'node:crypto';
import { createReadStream, rmSync } from 'node:fs';
import { appendFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type Dockerode from 'dockerode';
import { pack } from 'tar-stream';
import { UPLOAD_MAX_BYTES } from '../../../shared/stats/files-api';
import { ownTempDir } from '../temp-dirs';

interface Upload {
  containerId: string;
  folder: string;
  name: string;
  size: number;
  received: number;
  file: string;
  timer: NodeJS.Timeout;
}

const IDLE_MS = 10 * 60_000;
const MAX_OPEN_UPLOADS = 32;

export class UploadError extends Error {}

export class UploadStore {
  private readonly uploads = new Map<string, Upload>();

  start(containerId: string, folder: string, name: string, size: number): string {
    if (size > UPLOAD_MAX_BYTES) throw new UploadError(`The file is larger than ${UPLOAD_MAX_BYTES} bytes.`);
    if (this.uploads.size >= MAX_OPEN_UPLOADS) throw new UploadError('Too many uploads at once.');
    const uploadId = randomUUID();
    const upload: Upload = {
      containerId,
      folder,
      name,
      size,
      received: 0,
      file: join(ownTempDir('upload'), uploadId),
      timer: this.idleTimer(uploadId),
    };
    this.uploads.set(uploadId, upload);
    return uploadId;
  }

  async chunk(uploadId: string, offset: number, base64: string): Promise<number> {
    const upload = this.get(uploadId);
    if (offset !== upload.received)
      throw new UploadError(`Expected offset ${upload.received}, got ${offset}.`);
    const data = Buffer.from(base64, 'base64');
    if (upload.received + data.length > upload.size) {
      this.cancel(uploadId);
      throw new UploadError('More data than the declared file size.');
    }
    upload.received += data.length; // counted before the write, so a duplicate chunk is refused
    await appendFile(upload.file, data);
    this.touch(uploadId, upload);
    return upload.received;
  }

  /** Sends the file to the container; the upload is gone afterwards, whatever the outcome. */
  async finish(docker: Dockerode, uploadId: string): Promise<{ path: string; bytes: number }> {
    const upload = this.get(uploadId);
    try {
      if (upload.received !== upload.size) {
        throw new UploadError(`Only ${upload.received} of ${upload.size} bytes arrived.`);
      }
      if (upload.size > 0) {
        const onDisk = (await stat(upload.file)).size;
        if (onDisk !== upload.size) throw new UploadError('The upload is incomplete.');
      }
      const tar = pack();
      const header = { name: upload.name, size: upload.size, mode: 0o644, mtime: new Date() };
      const writing =
        upload.size > 0
          ? pipeline(createReadStream(upload.file), tar.entry(header))
          : new Promise<void>((resolve, reject) =>
              tar.entry(header, Buffer.alloc(0), (error) => (error ? reject(error) : resolve())),
            );
      const sending = docker
        .getContainer(upload.containerId)
        .putArchive(tar as unknown as NodeJS.ReadableStream, { path: upload.folder });
      try {
        // If the engine refuses (read-only path, no such folder) the write stops with it.
        await Promise.all([writing.then(() => tar.finalize()), sending]);
      } finally {
        tar.destroy();
      }
      const path = `${upload.folder.replace(/\/+$/, '')}/${upload.name}`;
      return { path, bytes: upload.size };
    } finally {
      this.cancel(uploadId);
    }
  }

  cancel(uploadId: string): void {
    const upload = this.uploads.get(uploadId);
    if (!upload) return;
    clearTimeout(upload.timer);
    this.uploads.delete(uploadId);
    rmSync(upload.file, { force: true });
  }

  get openCount(): number {
    return this.uploads.size;
  }

  private get(uploadId: string): Upload {
    const upload = this.uploads.get(uploadId);
    if (!upload) throw new UploadError('This upload is unknown or has expired.');
    return upload;
  }

  private touch(uploadId: string, upload: Upload): void {
    clearTimeout(upload.timer);
    upload.timer = this.idleTimer(uploadId);
  }

  private idleTimer(uploadId: string): NodeJS.Timeout {
    const timer = setTimeout(() => this.cancel(uploadId), IDLE_MS);
    timer.unref();
    return timer;
  }
}

export const uploads = new UploadStore();
