// Runs one engine progress stream (pull or push) as an activity: feeds the aggregator, publishes
// layers and totals, turns in-band errors into failure, and destroys the HTTP stream on Cancel.
import type Dockerode from 'dockerode';
import type { ActivityHandle } from '../activity/activity-log';
import { engineMessage } from '../engine/errors';
import { splitJsonLines } from '../streams/json-lines';
import { ProgressAggregator, type ProgressLine } from './progress';

export interface DialRequest {
  path: string;
  options: Record<string, string>;
  authconfig: object;
}

/** Opens the engine stream; rejects with the engine's words on an HTTP error. */
export function openStream(
  docker: Dockerode,
  request: DialRequest,
  signal: AbortSignal,
): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) => {
    docker.modem.dial(
      {
        path: `${request.path}?`,
        method: 'POST',
        options: request.options,
        authconfig: request.authconfig,
        abortSignal: signal,
        isStream: true,
        statusCodes: {
          200: true,
          401: 'unauthorized',
          403: 'forbidden',
          404: 'not found',
          500: 'server error',
        },
      },
      (error: unknown, stream: unknown) =>
        error ? reject(error as Error) : resolve(stream as NodeJS.ReadableStream),
    );
  });
}

/** Reads the stream to its end, reporting into `handle`; resolves with the aggregator. */
export function followStream(
  stream: NodeJS.ReadableStream,
  handle: ActivityHandle,
  progress = new ProgressAggregator(),
): Promise<ProgressAggregator> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      (stream as unknown as { destroy?: (error?: Error) => void }).destroy?.();
      reject(new Error('cancelled'));
    };
    if (handle.signal.aborted) return onAbort();
    handle.signal.addEventListener('abort', onAbort, { once: true });
    splitJsonLines<ProgressLine>(stream, (line) => {
      const text = progress.add(line);
      if (text) handle.log(text);
      handle.update({ layers: progress.layerRows(), progress: progress.total() });
    });
    stream.on('end', () => {
      handle.signal.removeEventListener('abort', onAbort);
      resolve(progress);
    });
    stream.on('error', (error: unknown) => {
      handle.signal.removeEventListener('abort', onAbort);
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}

/** The whole operation: open, follow, succeed or fail the activity in words. */
export async function runTransfer(
  docker: Dockerode,
  request: DialRequest,
  handle: ActivityHandle,
  hint: string | null,
  resultOf: (progress: ProgressAggregator) => string | null,
): Promise<void> {
  const progress = new ProgressAggregator();
  // Unfinished layers say the transfer failed or stopped, instead of their last engine status.
  const fail = (message: string) => {
    handle.update({ layers: progress.settle(handle.signal.aborted ? 'stopped' : 'failed') });
    handle.fail(hint ? `${message} ${hint}` : message);
  };
  if (hint) handle.log(hint);
  try {
    const stream = await openStream(docker, request, handle.signal);
    await followStream(stream, handle, progress);
    if (progress.error) return fail(progress.error);
    handle.update({ layers: progress.layerRows(), progress: progress.total() });
    handle.succeed(resultOf(progress) ?? undefined);
  } catch (error) {
    fail(engineMessage(error));
  }
}
