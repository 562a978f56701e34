// The contract of build, save/load, history, inspect, Docker Hub search and registry tags.
import { z } from 'zod';
import { imageIdOrReferenceSchema, imageReferenceSchema } from '../ids/image-ids';
import { fileNameSchema, hostFolderSchema, relativePathSchema } from '../ids/file-path';
import { uploadIdSchema } from '../ids/transfer-ids';

export const buildArgKeySchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'A build argument name is letters, digits and "_"');

export const buildInputSchema = z.object({
  /** A folder on the machine where Berth's backend runs. */
  context: hostFolderSchema.pipe(z.string().min(1, 'Choose the folder to build')),
  /** Relative to the context, and inside it. */
  dockerfile: relativePathSchema.default('Dockerfile'),
  tags: z.array(imageReferenceSchema).max(20).default([]),
  buildArgs: z
    .array(z.object({ key: buildArgKeySchema, value: z.string().max(65_536) }))
    .max(100)
    .default([]),
  target: z
    .string()
    .trim()
    .max(128)
    .regex(/^[A-Za-z0-9_.-]*$/, 'A target is the name of a build stage')
    .default(''),
  pull: z.boolean().default(false),
  noCache: z.boolean().default(false),
  /**
   * Web mode: the context is a folder the browser uploaded (images.archive.load.start/chunk), and
   * `context` is only that folder's name, for the command line.
   */
  upload: uploadIdSchema.optional(),
});
export type BuildInput = z.input<typeof buildInputSchema>;
export type BuildRequest = z.output<typeof buildInputSchema>;

export const buildContextCheckSchema = z.object({
  context: hostFolderSchema,
  dockerfile: relativePathSchema.default('Dockerfile'),
});

/** Problems with the context folder and the Dockerfile, in words (null = fine). */
export interface BuildContextCheck {
  context: string | null;
  dockerfile: string | null;
  /** Why, for translation: contextEmpty, contextRelative, contextMissing, contextNotFolder, dockerfileMissing, dockerfileNotFile. */
  codes?: { context: string | null; dockerfile: string | null };
}

/** What a build subscription sends, in batches. */
export type BuildEvent =
  | { type: 'started'; activityId: string; command: string }
  | { type: 'output'; text: string }
  | { type: 'done'; imageId: string | null; tags: string[] }
  | { type: 'error'; message: string; step: string | null };

export const imageRefsSchema = z.object({ refs: z.array(imageIdOrReferenceSchema).min(1).max(50) });

/** A save subscription: an estimated size first, then base64 chunks (each <= 1 MiB of bytes). */
export type SaveEvent = { type: 'start'; estimatedBytes: number } | { type: 'chunk'; data: string };

/** Upload chunks are at most 1 MiB of bytes (base64 adds a third). */
export const LOAD_CHUNK_BYTES = 1024 * 1024;
export const LOAD_MAX_BYTES = 4 * 1024 ** 3;

export const loadStartSchema = z.object({
  /** The chosen file's name, for the activity panel and the `docker load` line. */
  fileName: fileNameSchema,
  size: z.number().int().min(1, 'The file is empty').max(LOAD_MAX_BYTES, 'The file is larger than 4 GiB'),
});
export const loadChunkSchema = z.object({
  uploadId: uploadIdSchema,
  /** Byte offset; chunks must arrive in order. */
  offset: z.number().int().min(0),
  data: z
    .string()
    .max(Math.ceil(LOAD_CHUNK_BYTES / 3) * 4)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64'),
});
export const loadUploadInput = z.object({ uploadId: uploadIdSchema });

export interface LoadResult {
  /** "Loaded image: x:y" / "Loaded image ID: sha256:..." as names or IDs. */
  loaded: string[];
}

export const imageIdInputSchema = z.object({ id: imageIdOrReferenceSchema });

export interface HistoryEntry {
  /** The layer's image ID, or "<missing>" for layers built elsewhere. */
  id: string;
  /** Seconds since epoch. */
  created: number;
  /** The instruction, without the `/bin/sh -c #(nop) ` prefix. */
  instruction: string;
  size: number;
  comment: string;
  tags: string[];
}

export const searchInputSchema = z.object({
  term: z.string().trim().min(1, 'Type what to search for').max(256),
  limit: z.number().int().min(1).max(100).default(25),
  officialOnly: z.boolean().default(false),
  minStars: z.number().int().min(0).max(1_000_000).default(0),
});
export type SearchInput = z.input<typeof searchInputSchema>;

export interface SearchResult {
  name: string;
  description: string;
  stars: number;
  official: boolean;
  automated: boolean;
}

export const tagsInputSchema = z.object({
  /** e.g. "nginx", "bitnami/redis", "127.0.0.1:5000/berth/busybox". */
  repository: imageReferenceSchema,
});

export interface TagList {
  /** The registry host asked, e.g. registry-1.docker.io. */
  registry: string;
  /** The repository path on it, e.g. library/nginx. */
  repository: string;
  tags: string[];
}
