// The contract of managing volumes: create, remove, prune by the previewed names, inspect,
// sizes, who uses one, and back up / restore / clone through a helper container.
import { z } from 'zod';
import { volumeNameSchema } from '../ids/engine-names';
import { containerPathSchema, fileNameSchema } from '../ids/file-path';
import { hasControlCharacters } from '../ids/text';
import type { DownloadChunk } from './download-chunk';
import { transferIdSchema, uploadIdSchema } from '../ids/transfer-ids';

/** A label or driver-option key: printable, no spaces, no "=" (it would split `--label k=v`). */
const keySchema = z
  .string()
  .trim()
  .min(1, 'A key is required')
  .max(255, 'A key is at most 255 characters')
  .regex(/^[^\s=]+$/, 'A key has no spaces and no "="')
  .refine((value) => !hasControlCharacters(value), 'A key must not contain control characters');
const valueSchema = z
  .string()
  .max(4096, 'A value is at most 4096 characters')
  .refine((value) => !hasControlCharacters(value), 'A value must not contain control characters');
export const keyValueListSchema = z
  .array(z.object({ key: keySchema, value: valueSchema }))
  .max(100)
  .refine((rows) => new Set(rows.map((row) => row.key)).size === rows.length, 'Each key once');

/** A volume driver's name, e.g. "local" or "vieux/sshfs:latest". */
export const volumeDriverSchema = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.:/-]*$/, 'Not a driver name');

export const volumeCreateInput = z.object({
  /** Empty: the engine picks a random (anonymous-looking) name. */
  name: z.union([volumeNameSchema, z.literal('')]).default(''),
  driver: volumeDriverSchema.default('local'),
  labels: keyValueListSchema.default([]),
  driverOpts: keyValueListSchema.default([]),
});
export type VolumeCreateInput = z.input<typeof volumeCreateInput>;

export const volumeNameInput = z.object({ name: volumeNameSchema });
export const volumePruneInput = z.object({ names: z.array(volumeNameSchema).max(10_000) });

/** A container that mounts a volume, for "used by" lists with links. */
export interface VolumeUser {
  id: string;
  name: string;
  state: string;
}

/** What a prune would remove: unused volumes, with their size where the engine knows it. */
export interface VolumePruneCandidate {
  name: string;
  driver: string;
  /** Bytes; null where the driver does not report usage. */
  size: number | null;
}

export interface VolumePruneResult {
  removed: string[];
  spaceReclaimed: number;
  failed: { name: string; message: string }[];
}

/** Sizes as `docker system df -v` reports them; -1 from the engine becomes null. */
export type VolumeSizes = Record<string, number | null>;

/** Back up: a download of the .tar.gz whose start says whether the helper image was pulled. */
export type VolumeBackupEvent = DownloadChunk<HelperResult>;

export const volumeBackupInput = z.object({
  name: volumeNameSchema,
  /** Chosen by the receiver, which acknowledges what it got with `volumes.backup.ack`. */
  downloadId: transferIdSchema,
});
export const volumeBackupAckInput = z.object({
  downloadId: transferIdSchema,
  received: z.number().int().min(0),
});

/** Restores are at most 8 GiB, sent as 1 MiB chunks through the upload store. */
export const RESTORE_CHUNK_BYTES = 1024 * 1024;
export const RESTORE_MAX_BYTES = 8 * 1024 ** 3;

export const volumeRestoreStartInput = z.object({
  fileName: fileNameSchema,
  size: z.number().int().min(1, 'The file is empty').max(RESTORE_MAX_BYTES, 'The file is larger than 8 GiB'),
});
export const volumeRestoreChunkInput = z.object({
  uploadId: uploadIdSchema,
  offset: z.number().int().min(0),
  data: z
    .string()
    .max(Math.ceil(RESTORE_CHUNK_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64'),
});
export const volumeRestoreCancelInput = z.object({ uploadId: uploadIdSchema });
export const volumeRestoreFinishInput = z.object({
  uploadId: uploadIdSchema,
  /** The volume to restore into: created when missing. */
  name: volumeNameSchema,
  /** A volume that already holds files is only written over when the user said so. */
  overwrite: z.boolean().default(false),
});

/** Top-level entries of a volume (at most a few), to name what a restore would overwrite. */
export interface VolumeContents {
  exists: boolean;
  entries: string[];
  more: boolean;
}

export const volumeCloneInput = z.object({ source: volumeNameSchema, target: volumeNameSchema });

export interface HelperResult {
  /** True when Berth had to pull the helper image first. */
  pulledHelper: boolean;
}

/** Browsing: a path inside the volume ("/" is its top), with the container-files path rules. */
export const volumeFilesListInput = z.object({ name: volumeNameSchema, path: containerPathSchema });
const volumeChildPath = containerPathSchema.refine((path) => path.replace(/\/+$/, '') !== '', {
  message: 'The path must name something inside the volume',
});
export const volumeFilesPathInput = z.object({ name: volumeNameSchema, path: volumeChildPath });
export const volumeFilesDownloadInput = z.object({
  name: volumeNameSchema,
  path: containerPathSchema,
  downloadId: transferIdSchema,
});
export const volumeFilesUploadStartInput = z.object({
  name: volumeNameSchema,
  folder: containerPathSchema,
  fileName: fileNameSchema,
  size: z
    .number()
    .int()
    .min(0)
    .max(512 * 1024 * 1024),
});
export const VOLUME_UPLOAD_CHUNK_BYTES = 512 * 1024;
