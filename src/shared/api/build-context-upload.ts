// Building from a folder the browser sends (web mode): the plan that says which of its files to
// upload. The build itself is images.build.run with `upload` set (shared/api/images-build.ts).
import { z } from 'zod';
import { relativePathSchema } from '../ids/file-path';

export const CONTEXT_UPLOAD_MAX_FILES = 100_000;

export const contextPlanInputSchema = z.object({
  /** The folder's files, relative with forward slashes ("src/app.js"). */
  paths: z.array(z.string().min(1).max(4096)).max(CONTEXT_UPLOAD_MAX_FILES),
  /** Their sizes in bytes, in the same order. */
  sizes: z.array(z.number().int().min(0)).max(CONTEXT_UPLOAD_MAX_FILES),
  /** The folder's .dockerignore, when it has one. */
  dockerignore: z
    .string()
    .max(1024 * 1024)
    .nullable(),
  dockerfile: relativePathSchema.default('Dockerfile'),
});
export type ContextPlanInput = z.output<typeof contextPlanInputSchema>;

export interface ContextPlan {
  /** Indexes into `paths` of the files to send, in order. */
  include: number[];
  /** Their total size. */
  bytes: number;
  /** Why this folder cannot be built (no Dockerfile), or null. */
  problem: string | null;
}
