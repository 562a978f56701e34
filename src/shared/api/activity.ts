// Long operations (pull, push, build, load, save) as the activity panel shows them.
import { z } from 'zod';

export type ActivityKind = 'pull' | 'push' | 'build' | 'load' | 'save' | 'compose';
export type ActivityState = 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface LayerProgress {
  id: string;
  /** The engine's words: "Downloading", "Extracting", "Pull complete", ... */
  status: string;
  current: number;
  /** null while the size is not known yet. */
  total: number | null;
  /** Set on a layer left unfinished when its pull or push failed or was cancelled. */
  outcome?: LayerOutcome;
}

/** How an unfinished layer ended: its transfer failed, or was cancelled (stopped). */
export const layerOutcomes = ['failed', 'stopped'] as const;
export type LayerOutcome = (typeof layerOutcomes)[number];

export interface Activity {
  id: string;
  kind: ActivityKind;
  /** What it is about, e.g. "127.0.0.1:5000/app:1". */
  title: string;
  /** The docker CLI line that does the same. */
  command: string;
  state: ActivityState;
  startedAt: number;
  endedAt: number | null;
  error: string | null;
  /** Bytes done and total over all layers; total null while any layer size is unknown. */
  progress: { current: number; total: number | null } | null;
  layers: LayerProgress[];
  /** The last lines of output (build steps, statuses), bounded. */
  logTail: string[];
  /** Result, e.g. the built image ID. */
  result: string | null;
}

export const activityIdSchema = z.object({ id: z.string().min(1).max(64) });
