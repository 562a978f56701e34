// `docker attach` and `docker start -a[i]` as terminal sessions: the container's main process,
// not a new one. To start attached, the stream is opened and listened to first and the container
// started after, so its first line is not lost. Leaving only closes the stream (a detach): the
// container keeps running. The registry (terminal-sessions.ts) drives the session.
import type { Duplex } from 'node:stream';
import type Dockerode from 'dockerode';
import type { AttachStarted, TerminalEvent } from '@shared/api/container-details';
import { isEngineUnreachable } from '../engine/errors';
import { endedWithout, type SessionDriver, type TerminalSessions } from './terminal-sessions';

export interface AttachStartOptions {
  id: string;
  /** Start the container once attached, unless it is already running. */
  start: boolean;
  cols: number;
  rows: number;
}

/**
 * How long to wait, once the stream has closed, for the container to stop. The engine closes the
 * stream just before it records the exit; a container still running after this was detached
 * (e.g. its detach keys were typed).
 */
const EXIT_WAIT_MS = 3000;

export async function startAttachSession(
  docker: Dockerode,
  options: AttachStartOptions,
  sessions: TerminalSessions,
): Promise<AttachStarted> {
  const container = docker.getContainer(options.id);
  const info = await container.inspect();
  // The engine refuses these too, in words that name the CLI; say what to do here instead.
  if (info.State.Paused) throw new Error('The container is paused: resume it to attach.');
  const running = info.State.Running || info.State.Restarting;
  if (!running && !options.start) throw new Error('The container is not running: start it attached.');
  const starting = options.start && !running;
  const tty = Boolean(info.Config.Tty);
  const stdin = Boolean(info.Config.OpenStdin);

  const driver: SessionDriver = {
    tty,
    stdin,
    open: async () =>
      (await container.attach({ stream: true, stdout: true, stderr: true, stdin, hijack: true })) as Duplex,
    opened: starting ? () => startUnlessRunning(container) : undefined,
    // Only a TTY has a size; the engine rejects a resize of a container without one.
    resize: (cols, rows) => (tty ? container.resize({ h: rows, w: cols }) : Promise.resolve()),
    finished: () => howItEnded(container),
    close: (stream) => stream.destroy(),
  };
  const sessionId = sessions.create(driver, { cols: options.cols, rows: options.rows });
  return { sessionId, tty, stdin, starting };
}

/** Starts the container; one started meanwhile by someone else (HTTP 304) is fine. */
async function startUnlessRunning(container: Dockerode.Container): Promise<void> {
  try {
    await container.start();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode !== 304) throw error;
  }
}

/** The exit code (from inspect once the engine reports the container stopped), or a detach. */
async function howItEnded(container: Dockerode.Container): Promise<TerminalEvent> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), EXIT_WAIT_MS);
  let waited: { StatusCode?: number } | null = null;
  try {
    waited = (await container.wait({ condition: 'not-running', abortSignal: controller.signal })) as {
      StatusCode?: number;
    };
  } catch (error) {
    if (controller.signal.aborted) return { type: 'detached' };
    if (isEngineUnreachable(error)) return { type: 'lost' };
  } finally {
    clearTimeout(timer);
  }
  try {
    const info = await container.inspect();
    if (info.State.Running) return { type: 'detached' };
    return { type: 'exit', code: info.State.ExitCode ?? waited?.StatusCode ?? null };
  } catch (error) {
    // Removed on exit (--rm): the wait's status is all there is.
    if (waited) return { type: 'exit', code: waited.StatusCode ?? null };
    return endedWithout(error);
  }
}
