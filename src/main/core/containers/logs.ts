// A container's logs as batches of line blocks for a subscription. TTY containers send a raw
// stream; others the 8-byte multiplexed framing (see log-demux.ts). Backpressure end to end: a
// receiver that names a feed acknowledges the characters it has drawn; past a window of unacked
// text no batch is sent, the queue fills, and the engine stream is paused (the engine keeps the
// rest in its log file). So a container printing as fast as it can never floods the window, and
// no line is dropped. Leaving (abort) destroys the engine stream. A followed feed tells where to
// resume (see log-timestamps.ts) and whether it ended because the engine went away.
import type { Readable } from 'node:stream';
import type Dockerode from 'dockerode';
import type { LogBlock, LogEvent, LogRun, LogsInput } from '@shared/api/container-details';
import { logSinceToUnix, logsInput } from '@shared/api/container-details';
import { pathPart } from '../engine/client';
import { withTimeout } from '../engine/errors';
import { openRawStream } from '../engine/raw-stream';
import { batchedFeed } from '../streams/batched-feed';
import type { FlowWindow, FlowWindows } from '../streams/flow-window';
import { LogDecoder } from './log-demux';
import { lastStamp, sinceAfter, stripStamps } from './log-timestamps';

/** A block with the engine stamp of its last line (followed feeds only); never sent as is. */
type StampedBlock = LogBlock & { at?: string | null };

export interface LogLimits {
  intervalMs: number;
  /** Pause the engine stream above this many queued characters; resume below half of it. */
  pauseAtChars: number;
  /** Characters per batch, so one message stays well under the WebSocket's limit. */
  maxBatchChars: number;
  /** Characters a receiver may have unacknowledged (only for feeds with a feedId). */
  windowChars: number;
}

const defaults: LogLimits = {
  intervalMs: 30,
  pauseAtChars: 4 * 1024 * 1024,
  maxBatchChars: 512 * 1024,
  windowChars: 2 * 1024 * 1024,
};

/**
 * Opens /containers/{id}/logs as a stream whether or not it follows: over a raw HTTP/1.0
 * connection where the endpoint allows (see raw-stream.ts), else through dockerode's modem
 * (which would buffer a non-follow read unless asked for a stream).
 */
async function openLogStream(docker: Dockerode, input: LogsInput, signal: AbortSignal, stamped: boolean) {
  const options = logsInput.parse(input);
  const container = docker.getContainer(options.id);
  const query: Record<string, string | number | boolean> = {
    follow: options.follow,
    stdout: true,
    stderr: true,
    timestamps: options.timestamps || stamped,
    tail: options.tail === null ? 'all' : String(options.tail),
  };
  const since = logSinceToUnix(options.since);
  if (since) query.since = since;
  const path = `/containers/${pathPart(options.id)}/logs`;
  const raw = openRawStream(docker, path, query, signal);
  if (raw) return raw;
  const modem = container.modem as {
    dial: (opts: object, callback: (error: unknown, data: unknown) => void) => void;
  };
  return new Promise<Readable>((resolve, reject) => {
    modem.dial(
      {
        path: `${path}?`,
        method: 'GET',
        isStream: true,
        abortSignal: signal,
        statusCodes: { 200: true, 404: 'no such container', 500: 'server error' },
        options: query,
      },
      (error, data) => (error ? reject(error) : resolve(data as Readable)),
    );
  });
}

/**
 * The feed of one container's logs. `feeds` is the Backend's log service: it holds the windows of
 * receivers that acknowledge (the Logs tab, by feed ID) and ends the feed when it is disposed.
 */
export async function* containerLogs(
  docker: Dockerode,
  input: LogsInput,
  signal: AbortSignal | undefined,
  feeds: FlowWindows,
  limits: Partial<LogLimits> = {},
): AsyncGenerator<LogEvent> {
  const linked = feeds.link(signal);
  try {
    yield* feedLogs(docker, input, linked.signal, feeds, limits);
  } finally {
    linked.release();
  }
}

async function* feedLogs(
  docker: Dockerode,
  input: LogsInput,
  signal: AbortSignal,
  logWindows: FlowWindows,
  limits: Partial<LogLimits>,
): AsyncGenerator<LogEvent> {
  const limit = { ...defaults, ...limits };
  const options = logsInput.parse(input);
  const info = await docker.getContainer(input.id).inspect();
  const abort = new AbortController();
  const stopEngine = () => abort.abort();
  signal.addEventListener('abort', stopEngine, { once: true });
  // A followed feed is stamped, so it can resume after its last line once the engine is back.
  const stamped = options.follow;
  const stream = await openLogStream(docker, input, abort.signal, stamped);
  const stamp = (block: LogBlock): StampedBlock =>
    stamped
      ? {
          ...block,
          text: options.timestamps ? block.text : stripStamps(block.text),
          at: lastStamp(block.text),
        }
      : block;
  const decoder = new LogDecoder(Boolean(info.Config?.Tty));
  const window: FlowWindow | null = input.feedId ? logWindows.open(input.feedId, limit.windowChars) : null;

  let failure: unknown = null;
  let dropped = 0;
  const feed = batchedFeed<StampedBlock>({
    signal,
    intervalMs: limit.intervalMs,
    // Blocks are up to one engine chunk; pausing keeps the queue far below this, but should the
    // engine ignore a pause, the oldest blocks go and are counted rather than memory growing.
    maxQueued: 10_000,
    onOverflow: (queue) => {
      const cut = queue.length - 5_000;
      for (let i = 0; i < cut; i++) dropped += queue[i]!.lines;
      return queue.slice(cut);
    },
    weigh: (block) => block.text.length,
    maxBatchWeight: limit.maxBatchChars,
    merge: (last, block) =>
      last.stream === block.stream && last.text.length + block.text.length <= limit.maxBatchChars
        ? {
            stream: block.stream,
            text: last.text + block.text,
            lines: last.lines + block.lines,
            at: block.at ?? last.at,
          }
        : undefined,
    flow: { highWater: limit.pauseAtChars, pause: () => stream.pause(), resume: () => stream.resume() },
    ready: window ? (abortSignal) => window.room(abortSignal) : undefined,
    onSend: window ? (_batch, chars) => window.sentBytes(chars) : undefined,
    subscribe: (push, end) => {
      let ended = false;
      const finish = (error: unknown) => {
        if (ended) return;
        ended = true;
        for (const block of decoder.flush()) push(stamp(block));
        failure = error;
        end();
      };
      stream.on('data', (chunk: Buffer) => {
        for (const block of decoder.push(chunk)) push(stamp(block));
      });
      stream.on('end', () => finish(null));
      stream.on('close', () => finish(null));
      stream.on('error', (error: unknown) => finish(signal.aborted ? null : error));
      return () => undefined;
    },
  });

  try {
    let resumeAt: string | null = null;
    for await (const blocks of feed) {
      const droppedNow = dropped;
      dropped = 0;
      const at = blocks.reduce<string | null>((found, block) => block.at ?? found, null);
      if (at) resumeAt = at;
      const resumeSince = resumeAt ? sinceAfter(resumeAt) : null;
      yield resumeSince
        ? { type: 'lines', runs: joinRuns(blocks), dropped: droppedNow, resumeSince }
        : { type: 'lines', runs: joinRuns(blocks), dropped: droppedNow };
    }
    if (signal.aborted) return;
    // A followed stream also ends when the engine dies: say so, so the receiver waits for it.
    if (options.follow && !(await engineAnswers(docker))) {
      yield { type: 'end', dropped, engineLost: true };
      return;
    }
    if (failure) throw failure;
    yield { type: 'end', dropped };
  } finally {
    signal.removeEventListener('abort', stopEngine);
    if (input.feedId && window) logWindows.close(input.feedId, window);
    abort.abort();
    stream.destroy();
  }
}

/** Joins consecutive blocks of one stream into one run (a batch stays a few strings). */
export function joinRuns(blocks: LogBlock[]): LogRun[] {
  const runs: LogRun[] = [];
  for (const block of blocks) {
    const last = runs[runs.length - 1];
    if (last && last.stream === block.stream) {
      last.text += block.text;
      last.lines += block.lines;
    } else runs.push({ stream: block.stream, text: block.text, lines: block.lines });
  }
  return runs;
}

/** Whether the engine still answers a ping (within the heartbeat's own limit). */
function engineAnswers(docker: Dockerode): Promise<boolean> {
  return withTimeout(docker.ping(), 3000, 'ping').then(
    () => true,
    () => false,
  );
}
