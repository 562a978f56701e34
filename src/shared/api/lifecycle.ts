// Inputs of the container lifecycle procedures (start, stop, kill, rename, remove, prune).
import { z } from 'zod';
import { containerIdOrNameSchema } from '../ids/engine-names';
import { imageReferenceSchema } from '../ids/image-ids';
import { containerNameSchema } from './run-spec';

import { killSignals } from './container-constants';

export { killSignals, type KillSignal } from './container-constants';

export const startInput = z.object({
  id: containerIdOrNameSchema,
  /** Attach before starting and return what the container prints in its first moments. */
  firstOutput: z.boolean().default(false),
});

export const stopInput = z.object({
  id: containerIdOrNameSchema,
  /** Seconds to wait after SIGTERM before SIGKILL; the engine's default (10) when absent. */
  timeout: z.number().int().min(0).max(3600).optional(),
});

export const restartInput = stopInput;

export const killInput = z.object({
  id: containerIdOrNameSchema,
  signal: z.enum(killSignals).default('SIGKILL'),
});

export const renameInput = z.object({ id: containerIdOrNameSchema, name: containerNameSchema });

export const removeInput = z.object({
  id: containerIdOrNameSchema,
  /** Remove even if running (SIGKILL first), like `docker rm -f`. */
  force: z.boolean().default(false),
  /** Also remove the container's anonymous volumes, like `docker rm -v`. */
  volumes: z.boolean().default(false),
});

/** Exactly the containers the user confirmed in the prune preview. */
export const pruneInput = z.object({ ids: z.array(containerIdOrNameSchema).min(1).max(20_000) });

export const pullForRunInput = z.object({ image: imageReferenceSchema });

export interface ActionResult {
  /** The docker CLI line that does the same. */
  command: string;
}

export interface StartResult extends ActionResult {
  /** The first output of the container, when asked for. */
  output: string | null;
}

export interface RunResult extends ActionResult {
  id: string;
  name: string;
  warnings: string[];
}

export interface PruneResult extends ActionResult {
  removed: string[];
  failed: { id: string; message: string }[];
  spaceReclaimed: number;
}
