// Interactive `docker exec -it` sessions: created by a mutation, driven by a subscription (output)
// and mutations (input, resize), keyed by a random session ID. A session lives as long as its
// output subscription; one never subscribed to expires. Ending it closes the hijacked stream.
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import type Dockerode from 'dockerode';
import type { ExecEvent, ExecStarted } from '../../../shared/api/container-details';
import { batchedFeed } from '../streams/batched-feed';

interface Session {
  exec: Dockerode.Exec;
  stream: Duplex | null;
  /** Input typed before the output subscription attached (bounded). */
  early: string;
  size: { cols: number; rows: number };
  expiry: NodeJS.Timeout | null;
  ended: boolean;
}

export interface ExecStartOptions {
  id: string;
  shell: 'auto' | 'bash' | 'sh';
  user: string;
  cols: number;
  rows: number;
}

const UNCLAIMED_MS = 60_000;
const MAX_EARLY = 64 * 1024;

/** Runs a short, non-interactive command; resolves with its exit code and output. */
async function runQuick(
  container: Dockerode.Container,
  cmd: string[],
): Promise<{ code: number | null; output: string }> {
  const exec = await container.exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true, Tty: true });
  const stream = (await exec.start({ hijack: true, stdin: false, Tty: true })) as NodeJS.ReadableStream;
  let output = '';
  await new Promise<void>((resolve) => {
    stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
    stream.on('end', () => resolve());
    stream.on('close', () => resolve());
    stream.on('error', () => resolve());
  });
  const info = await exec.inspect();
  return { code: info.ExitCode ?? null, output };
}

/** bash when the container has it, else sh (busybox and alpine images have no bash). */
export async function detectShell(container: Dockerode.Container): Promise<'bash' | 'sh'> {
  try {
    const probe = await runQuick(container, ['sh', '-c', 'command -v bash || [ -x /bin/bash ]']);
    return probe.code === 0 ? 'bash' : 'sh';
  } catch {
    return 'sh';
  }
}

export class ExecSessions {
  private readonly sessions = new Map<string, Session>();

  async create(docker: Dockerode, options: ExecStartOptions): Promise<ExecStarted> {
    const container = docker.getContainer(options.id);
    const shell = options.shell === 'auto' ? await detectShell(container) : options.shell;
    const exec = await container.exec({
      Cmd: [shell],
      User: options.user || undefined,
      AttachStdin: true,
      AttachStdout: true,
      AttachStderr: true,
      Tty: true,
      Env: ['TERM=xterm-256color'],
    });
    const sessionId = randomUUID();
    const session: Session = {
      exec,
      stream: null,
      early: '',
      size: { cols: options.cols, rows: options.rows },
      expiry: setTimeout(() => this.end(sessionId), UNCLAIMED_MS),
      ended: false,
    };
    session.expiry?.unref();
    this.sessions.set(sessionId, session);
    return { sessionId, shell, user: options.user };
  }

  /** The session's output until the shell exits (then its exit code), or until the caller leaves. */
  async *output(sessionId: string, signal: AbortSignal): AsyncGenerator<ExecEvent[]> {
    const session = this.get(sessionId);
    if (session.stream) throw new Error('This exec session is already attached.');
    if (session.expiry) clearTimeout(session.expiry);
    session.expiry = null;
    const stream = (await session.exec.start({ hijack: true, stdin: true, Tty: true })) as Duplex;
    session.stream = stream;
    if (session.early) stream.write(session.early);
    session.early = '';
    void this.applySize(session).catch(() => undefined);

    // Listen at once: a shell that fails (e.g. an unknown user) ends before the feed starts.
    const early: ExecEvent[] = [];
    let sink: ((event: ExecEvent) => void) | null = null;
    const emit = (event: ExecEvent) => (sink ? sink(event) : early.push(event));
    const decoder = new TextDecoder('utf-8');
    let done = false;
    const onData = (chunk: Buffer) => emit({ type: 'data', data: decoder.decode(chunk, { stream: true }) });
    const onEnd = () => {
      if (done) return;
      done = true;
      void session.exec
        .inspect()
        .then((info) => info.ExitCode ?? null)
        .catch(() => null)
        .then((code) => emit({ type: 'exit', code }));
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('close', onEnd);
    stream.on('error', onEnd);
    try {
      const feed = batchedFeed<ExecEvent>({
        signal,
        maxQueued: 4096,
        initial: early,
        subscribe: (push) => {
          sink = push;
          return () => (sink = null);
        },
      });
      // The session ends with the batch that carries the exit code.
      for await (const batch of feed) {
        yield batch;
        if (batch.some((event) => event.type === 'exit')) return;
      }
    } finally {
      stream.off('data', onData);
      this.end(sessionId);
    }
  }

  write(sessionId: string, data: string): void {
    const session = this.get(sessionId);
    if (session.stream) session.stream.write(data);
    else if (session.early.length + data.length <= MAX_EARLY) session.early += data;
    else throw new Error('This exec session has not started yet.');
  }

  async resize(sessionId: string, cols: number, rows: number): Promise<void> {
    const session = this.get(sessionId);
    session.size = { cols, rows };
    if (session.stream) await this.applySize(session);
  }

  /**
   * Closes the session. Closing the socket alone leaves the shell running in the container (the
   * engine has no "kill exec"), so first Ctrl-C (ends a running command, clears the line) and
   * Ctrl-D (ends the shell at its prompt), then the stream once the shell is gone or after a grace.
   */
  end(sessionId: string): void {
    const session = this.sessions.get(sessionId);
    if (!session) return;
    this.sessions.delete(sessionId);
    session.ended = true;
    if (session.expiry) clearTimeout(session.expiry);
    const stream = session.stream;
    if (!stream || stream.destroyed) return;
    stream.on('error', () => undefined);
    const grace = setTimeout(() => stream.destroy(), 2000);
    grace.unref();
    stream.once('close', () => clearTimeout(grace));
    stream.write('\x03');
    setTimeout(() => {
      if (!stream.destroyed) stream.write('\x04');
    }, 100).unref();
  }

  get size(): number {
    return this.sessions.size;
  }

  private get(sessionId: string): Session {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error('This exec session has ended.');
    return session;
  }

  private applySize(session: Session): Promise<unknown> {
    return session.exec.resize({ h: session.size.rows, w: session.size.cols });
  }
}

/** One registry per process: sessions belong to whichever front door (IPC or WebSocket) made them. */
export const execSessions = new ExecSessions();
