// The container details page's contract: inspect overview, top, logs, exec and attach sessions.
import { z } from 'zod';
import { containerIdOrNameSchema } from '../ids/engine-names';
import { sessionIdSchema } from '../ids/transfer-ids';

/** What the Overview tab shows; `raw` is the engine's inspect JSON for the Inspect tab. */
export interface ContainerDetails {
  id: string;
  name: string;
  image: string;
  imageId: string;
  command: string;
  created: string;
  state: string;
  running: boolean;
  startedAt: string | null;
  finishedAt: string | null;
  exitCode: number | null;
  restartCount: number;
  tty: boolean;
  /** Config.OpenStdin (`-i`): an attach can type into the main process. */
  openStdin: boolean;
  user: string;
  workingDir: string;
  ports: { containerPort: string; hostIp: string; hostPort: string }[];
  mounts: { type: string; source: string; destination: string; mode: string; readWrite: boolean }[];
  networks: { name: string; ipAddress: string; gateway: string; macAddress: string }[];
  env: { key: string; value: string }[];
  labels: { key: string; value: string }[];
  raw: Record<string, unknown>;
}

export interface TopResult {
  running: boolean;
  titles: string[];
  processes: string[][];
}

/** Relative durations like 10m, 2h, 90s, 1d, or anything the engine accepts (RFC 3339, unix seconds). */
export const logSinceSchema = z
  .string()
  .trim()
  .max(64)
  .regex(
    /^$|^\d+(\.\d+)?[smhd]$|^\d+(\.\d+)?$|^\d{4}-\d{2}-\d{2}([T ][0-9:.]+)?(Z|[+-]\d{2}:?\d{2})?$/,
    'Use a duration such as 10m or 2h, or a date such as 2024-05-01T10:00:00Z',
  );

export const logsInput = z.object({
  id: containerIdOrNameSchema,
  follow: z.boolean().default(true),
  /** Lines from the end; null = all. */
  tail: z.number().int().min(0).max(10_000_000).nullable().default(1000),
  since: logSinceSchema.default(''),
  timestamps: z.boolean().default(false),
  /** Chosen by a receiver that acknowledges what it has drawn (`containers.logs.ack`); without it, no window. */
  feedId: z.string().uuid().optional(),
});
export type LogsInput = z.input<typeof logsInput>;

export type LogStream = 'stdout' | 'stderr';
/**
 * Whole lines of one stream as one string, each line ending in "\n" (a TTY's "\r" is kept:
 * the terminal draws it). A block, not an array of lines: a million short lines would otherwise
 * be a million strings to build, serialize and parse.
 */
export interface LogBlock {
  stream: LogStream;
  text: string;
  lines: number;
}
/** Consecutive lines of one stream within a batch (the same shape as a block). */
export type LogRun = LogBlock;
/** A run's lines, split (for tests and tools; the UI writes runs whole). */
export function runLines(run: LogRun): string[] {
  const lines = run.text.split('\n');
  lines.pop();
  return lines;
}
/**
 * One batch (at most one per ~30 ms); `dropped` counts lines skipped since the previous batch.
 * A followed feed's batches carry `resumeSince`: the `since` that continues just after their last
 * line. Its end says `engineLost` when the engine stopped answering (died or restarted) rather
 * than the container's output ending.
 */
export type LogEvent =
  | { type: 'lines'; runs: LogRun[]; dropped: number; resumeSince?: string }
  | { type: 'end'; dropped: number; engineLost?: true };

/** The receiver's acknowledgement: it has drawn `chars` characters of a feed so far. */
export const logsAckInput = z.object({
  feedId: z.string().uuid(),
  chars: z.number().int().min(0),
});

export const execShellSchema = z.enum(['auto', 'bash', 'sh']);
export const execUserSchema = z
  .string()
  .trim()
  .max(64)
  .regex(
    /^$|^[a-zA-Z0-9_][a-zA-Z0-9_.-]*(:[a-zA-Z0-9_][a-zA-Z0-9_.-]*)?$/,
    'Use a user name or UID, e.g. root or 1000:1000',
  );

export const execStartInput = z.object({
  id: containerIdOrNameSchema,
  shell: execShellSchema.default('auto'),
  user: execUserSchema.default(''),
  cols: z.number().int().min(1).max(1000).default(80),
  rows: z.number().int().min(1).max(1000).default(24),
});
/** `docker start -a[i]` (start: true; attaches first, then starts) or `docker attach` (live). */
export const attachStartInput = z.object({
  id: containerIdOrNameSchema,
  start: z.boolean().default(false),
  cols: z.number().int().min(1).max(1000).default(80),
  rows: z.number().int().min(1).max(1000).default(24),
});

// Exec and attach sessions share one registry: output, input and resize go by session ID.
export const terminalSessionInput = z.object({ sessionId: sessionIdSchema });
export const terminalInputInput = z.object({ sessionId: sessionIdSchema, data: z.string().max(1 << 20) });
export const terminalResizeInput = z.object({
  sessionId: sessionIdSchema,
  cols: z.number().int().min(1).max(1000),
  rows: z.number().int().min(1).max(1000),
});

export interface ExecStarted {
  sessionId: string;
  shell: string;
  user: string;
}
export interface AttachStarted {
  sessionId: string;
  /** The container's Config.Tty: raw output; else stdout/stderr frames. */
  tty: boolean;
  /** The container's Config.OpenStdin: keystrokes reach the process. */
  stdin: boolean;
  /** Whether the session starts the container once attached. */
  starting: boolean;
}
/**
 * What a terminal session sends: output (`stderr` only for non-TTY attach), then one of the
 * endings: the process exited (code from the engine), or the stream closed while the container
 * kept running (detached, e.g. by its detach keys).
 */
export type TerminalEvent =
  | { type: 'data'; data: string; stderr?: true }
  | { type: 'exit'; code: number | null }
  | { type: 'detached' }
  /** The engine's stream dropped and the engine no longer answers (it died or restarted). */
  | { type: 'lost' };

/** Environment keys whose values are hidden until the user asks: *PASSWORD*, *TOKEN*, *SECRET*, *KEY*. */
export function isSecretKey(key: string): boolean {
  return /password|token|secret|key/i.test(key);
}

/** Splits `KEY=value` (the engine's Config.Env form); a bare KEY has an empty value. */
export function splitEnv(entry: string): { key: string; value: string } {
  const at = entry.indexOf('=');
  return at < 0 ? { key: entry, value: '' } : { key: entry.slice(0, at), value: entry.slice(at + 1) };
}

/**
 * The engine's `since` parameter (unix seconds) for what the user typed, as `docker logs --since`
 * reads it: a duration back from `now` (10m, 1.5h, 30s, 2d), unix seconds, or a date. '' = none.
 */
export function logSinceToUnix(since: string, now: number = Date.now()): string | null {
  const text = since.trim();
  if (!text) return null;
  const duration = /^(\d+(?:\.\d+)?)([smhd])$/.exec(text);
  if (duration) {
    const unit = { s: 1, m: 60, h: 3600, d: 86400 }[duration[2] as 's' | 'm' | 'h' | 'd'];
    return String(Math.floor(now / 1000 - Number(duration[1]) * unit));
  }
  if (/^\d+(\.\d+)?$/.test(text)) return text;
  const parsed = Date.parse(text.replace(' ', 'T'));
  return Number.isNaN(parsed) ? null : String(Math.floor(parsed / 1000));
}
