// The container file browser's contract: entries of one folder, read through the archive API.
import { z } from 'zod';
import { containerIdOrNameSchema } from '../ids/engine-names';
import { containerPathSchema, fileNameSchema } from '../ids/file-path';
import { transferIdSchema, uploadIdSchema } from '../ids/transfer-ids';

export type FileKind = 'file' | 'directory' | 'symlink' | 'other';

export interface FileEntry {
  name: string;
  kind: FileKind;
  size: number;
  /** Like `ls -l`: "-rw-r--r--", "drwxr-xr-x", "lrwxrwxrwx". */
  mode: string;
  /** Milliseconds since epoch. */
  modified: number;
  linkTarget: string | null;
}

export interface FolderListing {
  path: string;
  entries: FileEntry[];
  /** True when the folder had more entries than Berth reads at once. */
  truncated: boolean;
}

export const filesListInput = z.object({ id: containerIdOrNameSchema, path: containerPathSchema });

export const filesDownloadInput = z.object({
  id: containerIdOrNameSchema,
  path: containerPathSchema,
  /** A folder comes as a tar; a file as its own bytes. */
  kind: z.enum(['file', 'directory', 'symlink', 'other']),
  /** Chosen by the receiver, which acknowledges what it got with `files.downloadAck`. */
  downloadId: transferIdSchema,
});
/** Bytes received so far; the sender pauses when too much is unacknowledged. */
export const filesDownloadAckInput = z.object({
  downloadId: transferIdSchema,
  received: z.number().int().min(0),
});

export const UPLOAD_CHUNK_BYTES = 512 * 1024;
export const UPLOAD_MAX_BYTES = 512 * 1024 * 1024;

export const filesUploadStartInput = z.object({
  id: containerIdOrNameSchema,
  folder: containerPathSchema,
  /** One plain child of `folder`: it becomes the tar header the engine extracts there. */
  name: fileNameSchema,
  size: z.number().int().min(0).max(UPLOAD_MAX_BYTES),
});
export const filesUploadChunkInput = z.object({
  uploadId: uploadIdSchema,
  offset: z.number().int().min(0),
  /** base64, at most 1 MiB decoded. */
  data: z.string().max(Math.ceil((1024 * 1024) / 3) * 4),
});
export const filesUploadFinishInput = z.object({ uploadId: uploadIdSchema });

/** A file the View dialog shows is at most this big; bigger ones are downloaded instead. */
export const VIEW_MAX_BYTES = 1024 * 1024;

/** A path that names something inside a folder: "/" itself cannot be made, viewed or deleted. */
const childPathSchema = containerPathSchema.refine((path) => path.replace(/\/+$/, '') !== '', {
  message: 'The path must name something inside /',
});

/** `mkdir`: the new folder's full path; its last part must be a plain file name. */
export const filesMkdirInput = z.object({ id: containerIdOrNameSchema, path: childPathSchema });
export const filesViewInput = z.object({ id: containerIdOrNameSchema, path: childPathSchema });
export const filesDeleteInput = z.object({ id: containerIdOrNameSchema, path: childPathSchema });

/** A small file's content: its text, or no text when it is not UTF-8 text (binary). */
export interface FileView {
  path: string;
  size: number;
  binary: boolean;
  text: string | null;
}
