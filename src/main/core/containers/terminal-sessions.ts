// Interactive terminal sessions over a hijacked engine stream: `docker exec -it` shells and
// `docker attach` / `docker start -a` to a container's main process. A mutation creates one (with
// a driver that knows how to open, resize and end its kind), a subscription drives its output,
// mutations send input and resizes; all keyed by a random session ID. A session lives as long as
// its output subscription; one never subscribed to expires.
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type { TerminalEvent } from '@shared/api/container-details';
import { isEngineUnreachable } from '../engine/errors';
import { batchedFeed } from '../streams/batched-feed';
import { SignalScope } from '../streams/signal-scope';
import { LogDemuxer } from './log-demux';

/** What differs between exec and attach; the registry does the rest. */
export interface SessionDriver {
  /** TTY streams are raw; others carry 8-byte stdout/stderr frames. */
  tty: boolean;
  /** Whether the process reads what the user types. */
  stdin: boolean;
  /** Opens the hijacked stream. */
  open(): Promise<Duplex>;
  /** Runs once output is being listened to (attach: starts the container, so nothing is missed). */
  opened?(): Promise<void>;
  resize(cols: number, rows: number): Promise<unknown>;
  /**
   * How the session ended, asked once its stream has closed. When the engine does not answer,
   * the registry reports the connection as lost rather than a process exit.
   */
  finished(): Promise<TerminalEvent>;
  /** Closes the stream when the user leaves (exec: ends the shell too; attach: just detaches). */
  close(stream: Duplex): void;
}

interface Session {
  driver: SessionDriver;
  stream: Duplex | null;
  /** Set when the output subscription claims the session (once). */
  claimed: boolean;
  /** Input typed before the stream opened (bounded). */
  early: string;
  size: { cols: number; rows: number };
  /** The size calls to the engine, one after another (see applySize). */
  sizing: Promise<void>;
  expiry: NodeJS.Timeout | null;
}

const UNCLAIMED_MS = 60_000;
const MAX_EARLY = 64 * 1024;
const MAX_QUEUED = 4096;

/** Turns stream chunks into data events: raw for a TTY, demultiplexed (stderr marked) otherwise. */
export function outputDecoder(tty: boolean): (chunk: Buffer) => TerminalEvent[] {
  if (tty) {
    const decoder = new TextDecoder('utf-8');
    return (chunk) => {
      const data = decoder.decode(chunk, { stream: true });
      return data ? [{ type: 'data', data }] : [];
    };
  }
  const demuxer = new LogDemuxer();
  // One decoder per stream: a character split across frames continues in that stream's next frame.
  const stdout = new TextDecoder('utf-8');
  const stderr = new TextDecoder('utf-8');
  return (chunk) => {
    const events: TerminalEvent[] = [];
    for (const { stream, payload } of demuxer.push(chunk)) {
      // stdin frames are never sent on attach; skip anything that is not output.
      if (stream === 'stderr') {
        const data = stderr.decode(payload, { stream: true });
        if (data) events.push({ type: 'data', data, stderr: true });
      } else if (stream === 'stdout') {
        const data = stdout.decode(payload, { stream: true });
        if (data) events.push({ type: 'data', data });
      }
    }
    return events;
  };
}

/** The ending when the engine could not say how the process ended. */
export function endedWithout(error: unknown): TerminalEvent {
  return isEngineUnreachable(error) ? { type: 'lost' } : { type: 'exit', code: null };
}

/** The Backend's terminal sessions: whichever front door (IPC or WebSocket) made them. */
export class TerminalSessions {
  private readonly sessions = new Map<string, Session>();
  private readonly feeds = new SignalScope();
  private disposed = false;

  create(driver: SessionDriver, size: { cols: number; rows: number }): string {
    if (this.disposed) throw new Error('Berth is shutting down.');
    const sessionId = randomUUID();
    const expiry = setTimeout(() => this.end(sessionId), UNCLAIMED_MS);
    expiry.unref();
    this.sessions.set(sessionId, {
      driver,
      stream: null,
      claimed: false,
      early: '',
      size,
      sizing: Promise.resolve(),
      expiry,
    });
    return sessionId;
  }

  /** The session's output until its process ends (then how it ended), or until the caller leaves. */
  async *output(sessionId: string, signal: AbortSignal | undefined): AsyncGenerator<TerminalEvent[]> {
    const session = this.get(sessionId);
    if (session.claimed) throw new Error('This session is already attached.');
    session.claimed = true;
    const linked = this.feeds.link(signal);
    try {
      yield* this.drive(sessionId, session, linked.signal);
    } finally {
      linked.release();
    }
  }

  private async *drive(
    sessionId: string,
    session: Session,
    signal: AbortSignal,
  ): AsyncGenerator<TerminalEvent[]> {
    if (session.expiry) clearTimeout(session.expiry);
    session.expiry = null;
    const { driver } = session;

    // Events that arrive before the feed runs (a process that fails at once, or early output).
    const early: TerminalEvent[] = [];
    let sink: ((event: TerminalEvent) => void) | null = null;
    const emit = (event: TerminalEvent) => (sink ? sink(event) : early.push(event));
    const decode = outputDecoder(driver.tty);
    let done = false;
    const onData = (chunk: Buffer) => decode(chunk).forEach(emit);
    const onEnd = () => {
      if (done) return;
      done = true;
      void driver
        .finished()
        .catch((error: unknown): TerminalEvent => endedWithout(error))
        .then(emit);
    };
    let stream: Duplex | null = null;
    try {
      stream = await driver.open();
      if (!this.sessions.has(sessionId)) {
        // The caller left while the stream was opening.
        driver.close(stream);
        return;
      }
      session.stream = stream;
      // Listen before anything can produce output: attach starts the container only after this.
      stream.on('data', onData);
      stream.on('end', onEnd);
      stream.on('close', onEnd);
      stream.on('error', onEnd);
      if (session.early) stream.write(session.early);
      session.early = '';
      await driver.opened?.();
      void this.applySize(session).catch(() => undefined);

      const feed = batchedFeed<TerminalEvent>({
        signal,
        maxQueued: MAX_QUEUED,
        initial: early,
        subscribe: (push) => {
          sink = push;
          return () => (sink = null);
        },
      });
      // The session ends with the batch that says how it ended.
      for await (const batch of feed) {
        yield batch;
        if (batch.some((event) => event.type !== 'data')) return;
      }
    } finally {
      stream?.off('data', onData);
      this.end(sessionId);
    }
  }

  write(sessionId: string, data: string): void {
    const session = this.get(sessionId);
    if (!session.driver.stdin) throw new Error('This session does not take input.');
    if (session.stream) session.stream.write(data);
    else if (session.early.length + data.length <= MAX_EARLY) session.early += data;
    else throw new Error('This session has not started yet.');
  }

  async resize(sessionId: string, cols: number, rows: number): Promise<void> {
    const session = this.get(sessionId);
    session.size = { cols, rows };
    if (session.stream) await this.applySize(session);
  }

  /** Closes the session the way its driver says (idempotent). */
  end(sessionId: string): void {
    const session = this.sessions.get(sessionId);
    if (!session) return;
    this.sessions.delete(sessionId);
    if (session.expiry) clearTimeout(session.expiry);
    const stream = session.stream;
    if (!stream || stream.destroyed) return;
    stream.on('error', () => undefined);
    session.driver.close(stream);
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Output feeds running now (a session counts here once its output is subscribed). */
  get feeding(): number {
    return this.feeds.size;
  }

  /** Ends every session and its output feed; no new session starts afterwards. */
  dispose(): void {
    this.disposed = true;
    this.feeds.dispose();
    for (const sessionId of [...this.sessions.keys()]) this.end(sessionId);
  }

  private get(sessionId: string): Session {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error('This session has ended.');
    return session;
  }

  /**
   * Sends the session's size. Calls run one at a time and each sends the size current when it
   * runs: two calls in flight at once could land in either order and leave the older size.
   */
  private applySize(session: Session): Promise<unknown> {
    const run = session.sizing.then(() => session.driver.resize(session.size.cols, session.size.rows));
    session.sizing = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }
}
