// A container's logs as batches of lines for a subscription. TTY containers send a raw stream;
// others the 8-byte multiplexed framing (see log-demux.ts). The queue is bounded: when it fills,
// the engine stream is paused (the engine keeps the rest in its log file), and batches are capped
// in size and sent at most every ~30 ms. Leaving (abort) destroys the engine stream.
import type { Readable } from 'node:stream';
import type Dockerode from 'dockerode';
import type { LogEvent, LogRun, LogStream, LogsInput } from '../../../shared/api/container-details';
import { logSinceToUnix, logsInput } from '../../../shared/api/container-details';
import { LineSplitter, LogDemuxer } from './log-demux';

export interface LogLimits {
  intervalMs: number;
  /** Pause the engine stream above this many queued lines; resume below half of it. */
  pauseAtLines: number;
  /** Lines beyond this are dropped (and counted): only reachable by a single enormous chunk. */
  maxQueuedLines: number;
  /** Characters per batch, so one message stays well under the WebSocket's limit. */
  maxBatchChars: number;
}

const defaults: LogLimits = {
  intervalMs: 30,
  pauseAtLines: 50_000,
  maxQueuedLines: 200_000,
  maxBatchChars: 256 * 1024,
};

interface Queued {
  stream: LogStream;
  text: string;
}

/** Opens /containers/{id}/logs as a stream whether or not it follows (dockerode buffers otherwise). */
async function openLogStream(docker: Dockerode, input: LogsInput, signal: AbortSignal) {
  const options = logsInput.parse(input);
  const container = docker.getContainer(options.id);
  const query: Record<string, unknown> = {
    follow: options.follow,
    stdout: true,
    stderr: true,
    timestamps: options.timestamps,
    tail: options.tail === null ? 'all' : String(options.tail),
  };
  const since = logSinceToUnix(options.since);
  if (since) query.since = since;
  const modem = container.modem as {
    dial: (opts: object, callback: (error: unknown, data: unknown) => void) => void;
  };
  return new Promise<Readable>((resolve, reject) => {
    modem.dial(
      {
        path: `/containers/${encodeURIComponent(options.id)}/logs?`,
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
  const tty = Boolean(info.Config?.Tty);
  const abort = new AbortController();
  const stopEngine = () => abort.abort();
  signal.addEventListener('abort', stopEngine, { once: true });
  const stream = await openLogStream(docker, input, abort.signal);

  let queue: Queued[] = [];
  let dropped = 0;
  let ended = false;
  let failure: unknown = null;
  let paused = false;
  let wake: (() => void) | null = null;
  const demux = new LogDemuxer();
  const splitters: Record<LogStream, LineSplitter> = {
    stdout: new LineSplitter(),
    stderr: new LineSplitter(),
  };

  const add = (source: LogStream, lines: string[]) => {
    for (const text of lines) {
      if (queue.length >= limit.maxQueuedLines) dropped++;
      else queue.push({ stream: source, text });
    }
  };
  stream.on('data', (chunk: Buffer) => {
    if (tty) add('stdout', splitters.stdout.push(chunk));
    else
      for (const frame of demux.push(chunk))
        if (frame.stream !== 'stdin') add(frame.stream, splitters[frame.stream].push(frame.payload));
    if (!paused && queue.length >= limit.pauseAtLines) {
      paused = true;
      stream.pause();
    }
    wake?.();
  });
  const finish = (error: unknown) => {
    if (ended) return;
    add('stdout', splitters.stdout.flush());
    add('stderr', splitters.stderr.flush());
    failure = error;
    ended = true;
    wake?.();
  };
  stream.on('end', () => finish(null));
  stream.on('close', () => finish(null));
  stream.on('error', (error: unknown) => finish(signal.aborted ? null : error));

  const aborted = new Promise<void>((resolve) =>
    signal.addEventListener('abort', () => resolve(), { once: true }),
  );
  let lastSent = 0;
  try {
    while (!signal.aborted) {
      if (queue.length === 0) {
        if (ended) break;
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), aborted]);
        wake = null;
        continue;
      }
      const wait = lastSent + limit.intervalMs - Date.now();
      if (wait > 0) await Promise.race([new Promise((resolve) => setTimeout(resolve, wait)), aborted]);
      if (signal.aborted) break;
      const batch = takeBatch(queue, limit.maxBatchChars);
      queue = batch.rest;
      if (paused && queue.length < limit.pauseAtLines / 2) {
        paused = false;
        stream.resume();
      }
      const droppedNow = dropped;
      dropped = 0;
      lastSent = Date.now();
      yield { type: 'lines', runs: batch.runs, dropped: droppedNow };
    }
    if (failure) throw failure;
    if (!signal.aborted) yield { type: 'end', dropped };
  } finally {
    signal.removeEventListener('abort', stopEngine);
    abort.abort();
    stream.destroy();
  }
}

/** Takes lines from the front up to `maxChars`, grouped into runs of one stream. */
export function takeBatch(queue: Queued[], maxChars: number): { runs: LogRun[]; rest: Queued[] } {
  const runs: LogRun[] = [];
  let chars = 0;
  let count = 0;
  for (const item of queue) {
    if (count > 0 && chars + item.text.length + 1 > maxChars) break;
    chars += item.text.length + 1;
    count++;
    const last = runs[runs.length - 1];
    if (last && last.stream === item.stream) last.lines.push(item.text);
    else runs.push({ stream: item.stream, lines: [item.text] });
  }
  return { runs, rest: count === queue.length ? [] : queue.slice(count) };
}
