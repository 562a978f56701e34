// The host side of the Berth VM's control channel: a virtio-serial port (org.berth.control) that
// QEMU exposes as a unix socket. One request a line, "<id> <command> <args…>", answered by
// "<id> ok" or "<id> err <words>". The guest's init runs the other side (scripts/vm/guest/berth-init).
// Chosen over a guest agent because it needs nothing in the guest but bash, and it survives a
// snapshot: the guest reopens the port when the host reconnects after a resume.
import { connect, type Socket } from 'node:net';

export class GuestControl {
  private buffer = '';
  private nextId = 1;
  private readonly pending = new Map<number, (answer: string) => void>();
  private closed = false;

  private constructor(private readonly socket: Socket) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      let newline: number;
      while ((newline = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, newline).trim();
        this.buffer = this.buffer.slice(newline + 1);
        const space = line.indexOf(' ');
        const id = Number(space > 0 ? line.slice(0, space) : NaN);
        const resolve = this.pending.get(id);
        if (!resolve) continue;
        this.pending.delete(id);
        resolve(line.slice(space + 1));
      }
    });
    const fail = (): void => {
      this.closed = true;
      for (const resolve of this.pending.values()) resolve('err the VM control channel closed');
      this.pending.clear();
    };
    socket.on('error', fail);
    socket.on('close', fail);
  }

  static connect(path: string, timeoutMs = 5000): Promise<GuestControl> {
    return new Promise((resolve, reject) => {
      const socket = connect(path);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error('the VM control channel did not open'));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(new GuestControl(socket));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }

  /** Sends one command; resolves on "ok", rejects with the guest's words otherwise. */
  request(command: string, args: string[], timeoutMs: number): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the VM control channel is closed'));
    for (const arg of [command, ...args]) {
      if (!/^[A-Za-z0-9+/=._:-]+$/.test(arg)) throw new Error(`unsafe control argument: ${arg}`);
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`the VM did not answer "${command}" within ${Math.round(timeoutMs / 1000)} s`));
      }, timeoutMs);
      this.pending.set(id, (answer) => {
        clearTimeout(timer);
        if (answer === 'ok') resolve();
        else reject(new Error(answer.replace(/^err\s*/, '') || `the VM refused "${command}"`));
      });
      this.socket.write(`${[id, command, ...args].join(' ')}\n`);
    });
  }

  /** Pings until the guest answers (it may still be reopening its end), within the deadline. */
  async ready(deadlineMs: number): Promise<void> {
    const until = Date.now() + deadlineMs;
    let last: unknown = null;
    while (Date.now() < until) {
      try {
        await this.request('ping', [], Math.min(2000, Math.max(200, until - Date.now())));
        return;
      } catch (error) {
        last = error;
        if (this.closed) break;
      }
    }
    throw last instanceof Error ? last : new Error('the VM control channel did not answer');
  }

  /** Sets the guest clock to the host's (after a resume the guest's clock is where it was saved). */
  setTime(now = Date.now(), timeoutMs = 5000): Promise<void> {
    return this.request('time', [(now / 1000).toFixed(3)], timeoutMs);
  }

  mount(tag: string, path: string, timeoutMs = 10_000): Promise<void> {
    return this.request('mount', [tag, encodePath(path)], timeoutMs);
  }

  umount(path: string, timeoutMs = 10_000): Promise<void> {
    return this.request('umount', [encodePath(path)], timeoutMs);
  }

  shutdown(timeoutMs = 5000): Promise<void> {
    return this.request('shutdown', [], timeoutMs);
  }

  close(): void {
    this.closed = true;
    this.socket.destroy();
  }
}

export function encodePath(path: string): string {
  return Buffer.from(path, 'utf8').toString('base64');
}
