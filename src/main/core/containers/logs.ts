// A container's logs as batches of line blocks for a subscription. TTY containers send a raw
// stream; others the 8-byte multiplexed framing (see log-demux.ts). Backpressure end to end: a
// receiver that names a feed acknowledges the characters it has drawn; past a window of unacked
// text no batch is sent, the queue fills, and the engine stream is paused (the engine keeps the
// rest in its log file). So a container printing as fast as it can never floods the window, and
// no line is dropped. Leaving (abort) destroys the engine stream.
import type { Readable } from 'node:stream';
import type Dockerode from 'dockerode';
import type { LogBlock, LogEvent, LogRun, LogsInput } from '../../../shared/api/container-details';
import { logSinceToUnix, logsInput } from '../../../shared/api/container-details';
import { pathPart } from '../engine/client';
import { openRawStream } from '../engine/raw-stream';
import { batchedFeed } from '../streams/batched-feed';
import { FlowWindows, type FlowWindow } from '../streams/flow-window';
import { LogDecoder } from './log-demux';

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

/** Windows of the log feeds whose receivers acknowledge (the Logs tab), by feed ID. */
export const logWindows = new FlowWindows();

/**
 * Opens /containers/{id}/logs as a stream whether or not it follows: over a raw HTTP/1.0
 * connection where the endpoint allows (see raw-stream.ts), else through dockerode's modem
 * (which would buffer a non-follow read unless asked for a stream).
 */
async function openLogStream(docker: Dockerode, input: LogsInput, signal: AbortSignal) {
  const options = logsInput.parse(input);
  const container = docker.getContainer(options.id);
  const query: Record<string, string | number | boolean> = {
    follow: options.follow,
    stdout: true,
    stderr: true,
    timestamps: options.timestamps,
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

export async function* containerLogs(
  docker: Dockerode,
  input: LogsInput,
  signal: AbortSignal,
  limits: Partial<LogLimits> = {},
): AsyncGenerator<LogEvent> {
  const limit = { ...defaults, ...limits };
  const info = await docker.getContainer(input.id).inspect();
  const abort = new AbortController();
  const stopEngine = () => abort.abort();
  signal.addEventListener('abort', stopEngine, { once: true });
  const stream = await openLogStream(docker, input, abort.signal);
  const decoder = new LogDecoder(Boolean(info.Config?.Tty));
  const window: FlowWindow | null = input.feedId ? logWindows.open(input.feedId, limit.windowChars) : null;

  let failure: unknown = null;
  let dropped = 0;
  const feed = batchedFeed<LogBlock>({
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
        ? { stream: block.stream, text: last.text + block.text, lines: last.lines + block.lines }
        : undefined,
    flow: { highWater: limit.pauseAtChars, pause: () => stream.pause(), resume: () => stream.resume() },
    ready: window ? (abortSignal) => window.room(abortSignal) : undefined,
    onSend: window ? (_batch, chars) => window.sentBytes(chars) : undefined,
    subscribe: (push, end) => {
      let ended = false;
      const finish = (error: unknown) => {
        if (ended) return;
        ended = true;
        for (const block of decoder.flush()) push(block);
        failure = error;
        end();
      };
      stream.on('data', (chunk: Buffer) => {
        for (const block of decoder.push(chunk)) push(block);
      });
      stream.on('end', () => finish(null));
      stream.on('close', () => finish(null));
      stream.on('error', (error: unknown) => finish(signal.aborted ? null : error));
      return () => undefined;
    },
  });

  try {
    for await (const blocks of feed) {
      const droppedNow = dropped;
      dropped = 0;
      yield { type: 'lines', runs: joinRuns(blocks), dropped: droppedNow };
    }
    if (failure) throw failure;
    if (!signal.aborted) yield { type: 'end', dropped };
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
    } else runs.push({ ...block });
  }
  return runs;
}
