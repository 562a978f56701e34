// The one store of uploads in progress (container files and image loads): a file the client sends
// as base64 chunks lands in a temp file, written at each chunk's offset. Chunks are aligned to
// `chunkBytes` (each exactly that long but the last), so a client may send a few at once and in
// any order; a repeated, misaligned or wrongly sized chunk ends the upload. Open uploads are
// capped, abandoned ones are removed after `idleMs`, and dispose() removes everything.
import { randomUUID } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, write } from 'node:fs';
import path from 'node:path';
import type { TempDirs, TempKind } from '../temp-dirs';

export class UploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UploadError';
  }
}

export interface UploadLimits {
  /** Which of the backend's temp folders (temp-dirs.ts) holds the files. */
  kind: TempKind;
  chunkBytes: number;
  maxBytes: number;
  maxOpen: number;
  idleMs: number;
}

interface Upload<M> {
  meta: M;
  file: string;
  /** -1 once closed: a file descriptor is closed exactly once (see closeFile). */
  fd: number;
  /** Chunk writes in flight; the file is closed only when none is. */
  writing: number;
  closing: boolean;
  expected: number;
  /** Bytes written (counted when a write completes, so finish never closes under a write). */
  received: number;
  chunks: Set<number>;
  timer: NodeJS.Timeout;
}

export class UploadStore<M> {
  private readonly uploads = new Map<string, Upload<M>>();
  private dir: string | null = null;

  constructor(
    private readonly limits: UploadLimits,
    private readonly tempDirs: TempDirs,
  ) {}

  start(size: number, meta: M): string {
    const { maxBytes, maxOpen, idleMs, kind } = this.limits;
    if (!Number.isSafeInteger(size) || size < 0) throw new UploadError('The file size is not valid.');
    if (size > maxBytes) throw new UploadError(`The file is larger than ${binarySize(maxBytes)}.`);
    if (this.uploads.size >= maxOpen)
      throw new UploadError(`Too many uploads at once: at most ${maxOpen} can be in progress.`);
    this.dir ??= mkdtempSync(path.join(this.tempDirs.dir(kind), 'store-'));
    const id = randomUUID();
    const file = path.join(this.dir, id);
    const timer = setTimeout(() => this.discard(id), idleMs);
    timer.unref?.();
    this.uploads.set(id, {
      meta,
      file,
      fd: openSync(file, 'w', 0o600),
      writing: 0,
      closing: false,
      expected: size,
      received: 0,
      chunks: new Set(),
      timer,
    });
    return id;
  }

  /** Writes one chunk; returns the bytes received so far. Any refusal ends the upload. */
  async append(id: string, offset: number, data: Buffer): Promise<number> {
    const upload = this.get(id);
    try {
      const { chunkBytes } = this.limits;
      const index = offset / chunkBytes;
      const last = Math.max(0, Math.ceil(upload.expected / chunkBytes) - 1);
      if (!Number.isInteger(index) || index < 0 || index > last)
        throw new UploadError(
          `A chunk must start at a multiple of ${binarySize(chunkBytes)} inside the file, not at offset ${offset}.`,
        );
      if (upload.chunks.has(index)) throw new UploadError(`The chunk at offset ${offset} was already sent.`);
      const size = index === last ? upload.expected - offset : chunkBytes;
      if (data.length !== size)
        throw new UploadError(`The chunk at offset ${offset} has ${data.length} bytes, not ${size}.`);
      upload.chunks.add(index);
      upload.timer.refresh();
      upload.writing += 1;
      try {
        await new Promise<void>((resolve, reject) =>
          write(upload.fd, data, 0, data.length, offset, (error) => (error ? reject(error) : resolve())),
        );
      } finally {
        upload.writing -= 1;
        if (upload.closing) closeFile(upload);
      }
      upload.received += data.length;
      return upload.received;
    } catch (error) {
      this.discard(id);
      throw error;
    }
  }

  /** A chunk as clients send it (base64 `data` at `offset`); answers with the bytes received so far. */
  async receive(chunk: { uploadId: string; offset: number; data: string }): Promise<{ received: number }> {
    return { received: await this.append(chunk.uploadId, chunk.offset, Buffer.from(chunk.data, 'base64')) };
  }

  /** Closes the file and hands it to `use`; the upload is gone afterwards, whatever happens. */
  async finish<T>(id: string, use: (file: string, meta: M, size: number) => Promise<T>): Promise<T> {
    const upload = this.get(id);
    try {
      if (upload.received !== upload.expected)
        throw new UploadError(`The upload is incomplete: ${upload.received} of ${upload.expected} bytes.`);
      closeFile(upload);
      return await use(upload.file, upload.meta, upload.expected);
    } finally {
      this.discard(id);
    }
  }

  discard(id: string): void {
    const upload = this.uploads.get(id);
    if (!upload) return;
    this.uploads.delete(id);
    clearTimeout(upload.timer);
    closeFile(upload);
    rmSync(upload.file, { force: true });
  }

  get openCount(): number {
    return this.uploads.size;
  }

  /** Ends every upload and removes the temp folder. */
  dispose(): void {
    for (const id of [...this.uploads.keys()]) this.discard(id);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = null;
  }

  private get(id: string): Upload<M> {
    const upload = this.uploads.get(id);
    if (!upload) throw new UploadError('This upload is unknown or has expired; start it again.');
    return upload;
  }
}

/** Limits are whole binary units: "1 MiB", "512 KiB", "4 GiB". */
function binarySize(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const)
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  return `${bytes} bytes`;
}

/**
 * Closes the upload's file once, and not while a chunk is being written into it. A second close
 * of the same number would close whatever the process opened next under it (a socket to the
 * engine: its next request failed with "write EBADF"), and a write after the close could land
 * in that socket.
 */
function closeFile(upload: { fd: number; writing: number; closing: boolean }): void {
  upload.closing = true;
  if (upload.writing > 0 || upload.fd < 0) return;
  const fd = upload.fd;
  upload.fd = -1;
  try {
    closeSync(fd);
  } catch {
    // nothing more to release
  }
}
