// The contract of the System page: disk usage as `docker system df -v`, a system prune with a
// preview, and the engine's live events.
import { z } from 'zod';
import { pruneModeSchema } from './images-transfer';

export interface DiskUsageRow {
  /** What the row names: an image reference, a container or volume name, a cache record ID. */
  name: string;
  /** Bytes; null where the engine cannot say. */
  size: number | null;
  /** Containers using it (images, volumes) or its state (containers, build cache). */
  detail: string;
}

export interface DiskUsageGroup {
  total: number;
  active: number;
  size: number;
  reclaimable: number;
  rows: DiskUsageRow[];
}

export interface DiskUsageDetails {
  images: DiskUsageGroup;
  containers: DiskUsageGroup;
  volumes: DiskUsageGroup;
  buildCache: DiskUsageGroup;
}

export const systemPruneOptions = z.object({
  /** Dangling images only (the default) or every image no container uses (`--all`). */
  images: pruneModeSchema.default('dangling'),
  /** Volumes go only when the user ticks them (`--volumes`). */
  volumes: z.boolean().default(false),
});
export type SystemPruneOptions = z.input<typeof systemPruneOptions>;

export interface SystemPreviewItem {
  id: string;
  name: string;
  size: number | null;
}

export interface SystemPrunePreview {
  containers: SystemPreviewItem[];
  networks: SystemPreviewItem[];
  images: SystemPreviewItem[];
  volumes: SystemPreviewItem[];
  /** Build cache records not in use; the engine prunes them as a whole. */
  buildCache: { count: number; size: number };
}

export const systemPruneInput = z.object({
  /** Exactly what the preview listed (IDs; names for volumes). */
  containers: z.array(z.string().regex(/^[a-f0-9]{64}$/)).max(10_000),
  networks: z.array(z.string().regex(/^[a-f0-9]{64}$/)).max(10_000),
  images: z.array(z.string().regex(/^sha256:[a-f0-9]{64}$/)).max(10_000),
  imageMode: pruneModeSchema,
  volumes: z
    .array(
      z
        .string()
        .min(1)
        .max(255)
        .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/),
    )
    .max(10_000),
  buildCache: z.boolean(),
});

export interface SystemPruneResult {
  containers: number;
  networks: number;
  images: number;
  volumes: number;
  spaceReclaimed: number;
  failed: { what: string; message: string }[];
}

/** One engine event as the events view shows it. */
export interface EngineEventRow {
  /** Milliseconds since epoch. */
  time: number;
  type: string;
  action: string;
  actorId: string;
  /** The actor's name, image or reference where the event carries one. */
  actorName: string;
  attributes: Record<string, string>;
}
