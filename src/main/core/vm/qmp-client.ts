// A small QMP client: QEMU's JSON monitor over a unix socket, one JSON object a line. Used for
// graceful power-off, snapshots (savevm through human-monitor-command), status and hostfwd rules.
import { connect, type Socket } from 'node:net';

export interface QmpEvent {
  event: string;
  data?: Record<string, unknown>;
  timestamp?: { seconds: number; microseconds: number };
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export class QmpError extends Error {
  constructor(
    readonly errorClass: string,
    message: string,
  ) {
    super(message);
    this.name = 'QmpError';
  }
}

export class QmpClient {
  private buffer = '';
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly eventListeners = new Set<(event: QmpEvent) => void>();
  private closed = false;
  private closeError: Error | null = null;

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('error', (error) => this.fail(new Error(`the QEMU monitor closed: ${error.message}`)));
    socket.on('close', () => this.fail(new Error('the QEMU monitor closed')));
  }

  /** Connects, reads the greeting and leaves capabilities negotiation mode. */
  static async connect(path: string, timeoutMs = 5000): Promise<QmpClient> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = connect(path);
      const timer = setTimeout(() => {
        s.destroy();
        reject(new Error(`the QEMU monitor at ${path} did not answer`));
      }, timeoutMs);
      s.once('connect', () => {
        clearTimeout(timer);
        resolve(s);
      });
      s.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    const client = new QmpClient(socket);
    await client.greeting(timeoutMs);
    await client.execute('qmp_capabilities');
    return client;
  }

  private greetingWaiter: ((error?: Error) => void) | null = null;
  private greeted = false;

  private greeting(timeoutMs: number): Promise<void> {
    if (this.greeted) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no QMP greeting')), timeoutMs);
      this.greetingWaiter = (error) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
    });
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline).trim();
      this.buffer = this.buffer.slice(newline + 1);
      if (line) this.onMessage(line);
    }
  }

  private onMessage(line: string): void {
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return; // not JSON: ignore rather than tear the connection down
    }
    if ('QMP' in message) {
      this.greeted = true;
      this.greetingWaiter?.();
      this.greetingWaiter = null;
      return;
    }
    if (typeof message.event === 'string') {
      for (const listener of this.eventListeners) listener(message as unknown as QmpEvent);
      return;
    }
    const id = typeof message.id === 'number' ? message.id : null;
    const pending = id === null ? undefined : this.pending.get(id);
    if (!pending || id === null) return;
    this.pending.delete(id);
    if ('error' in message) {
      const error = message.error as { class?: string; desc?: string };
      pending.reject(new QmpError(error.class ?? 'GenericError', error.desc ?? 'QMP error'));
    } else {
      pending.resolve(message.return);
    }
  }

  private fail(error: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.closeError = error;
    this.greetingWaiter?.(error);
    this.greetingWaiter = null;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  get isClosed(): boolean {
    return this.closed;
  }

  execute<T = unknown>(command: string, args?: Record<string, unknown>): Promise<T> {
    if (this.closed) return Promise.reject(this.closeError ?? new Error('the QEMU monitor is closed'));
    const id = this.nextId++;
    const message: Record<string, unknown> = { execute: command, id };
    if (args) message.arguments = args;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.socket.write(`${JSON.stringify(message)}\n`);
    });
  }

  /**
   * A human monitor (HMP) command: savevm, loadvm, delvm, hostfwd_add… HMP reports failures as
   * text rather than as a QMP error, so a non-empty answer that looks like an error is thrown.
   */
  async hmp(commandLine: string): Promise<string> {
    const output = await this.execute<string>('human-monitor-command', { 'command-line': commandLine });
    const text = (output ?? '').trim();
    if (/^(error|could not|invalid|unknown|failed)|\berror\b/i.test(text))
      throw new QmpError('HmpError', text);
    return text;
  }

  onEvent(listener: (event: QmpEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** Resolves with the next event of that name (or rejects after the timeout). */
  waitForEvent(name: string, timeoutMs: number): Promise<QmpEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`no ${name} event within ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      const off = this.onEvent((event) => {
        if (event.event !== name) return;
        clearTimeout(timer);
        off();
        resolve(event);
      });
    });
  }

  close(): void {
    this.fail(new Error('the QEMU monitor is closed'));
    this.socket.destroy();
  }
}
