// One running QEMU: the child process, its monitor (QMP) and its control channel, and how to end it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { GuestControl } from '../guest-control';
import { QmpClient } from '../qmp-client';

export class QemuProcess {
  qmp: QmpClient | null = null;
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  private readonly exited: Promise<void>;
  private stderrTail = '';

  private constructor(
    private readonly child: ChildProcess,
    private readonly qmpSocket: string,
    private readonly controlSocket: string,
  ) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exitInfo = { code, signal };
        this.qmp?.close();
        resolve();
      });
    });
  }

  static spawn(
    binary: string,
    args: string[],
    sockets: { qmp: string; control: string },
    stderrLog: string,
  ): QemuProcess {
    const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const proc = new QemuProcess(child, sockets.qmp, sockets.control);
    const log = createWriteStream(stderrLog, { flags: 'a', mode: 0o600 });
    child.stderr?.on('data', (chunk: Buffer) => {
      log.write(chunk);
      proc.stderrTail = (proc.stderrTail + chunk.toString('utf8')).slice(-2000);
    });
    child.once('exit', () => log.end());
    child.once('error', (error) => {
      proc.stderrTail += `\n${error.message}`;
    });
    return proc;
  }

  /**
   * A QEMU left running by an earlier Berth (it quit without stopping the VM) still holds the
   * disks: ask it to quit through its monitor, then make sure its pid is gone.
   */
  static async quitStale(qmpSocket: string, pidFile: string): Promise<void> {
    if (existsSync(qmpSocket)) {
      const qmp = await QmpClient.connect(qmpSocket, 2000).catch(() => null);
      await qmp?.execute('quit').catch(() => undefined);
      qmp?.close();
    }
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').trim()) : NaN;
    if (!Number.isInteger(pid) || pid <= 1) return;
    for (let i = 0; i < 50 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid) && isQemu(pid)) process.kill(pid, 'SIGKILL');
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get hasExited(): boolean {
    return this.exitInfo !== null;
  }

  /** QEMU's own complaint (the last stderr lines), for error messages. */
  get complaint(): string {
    return this.stderrTail
      .trim()
      .split('\n')
      .slice(-3)
      .join(' ')
      .replace(/^qemu-system-\w+:\s*/g, '');
  }

  whenExited(): Promise<void> {
    return this.exited;
  }

  /** Connects the monitor once QEMU has created its socket. */
  async connectMonitor(deadlineMs: number): Promise<QmpClient> {
    const until = Date.now() + deadlineMs;
    let last: unknown = null;
    while (Date.now() < until && !this.hasExited) {
      if (existsSync(this.qmpSocket)) {
        try {
          this.qmp = await QmpClient.connect(this.qmpSocket, 5000);
          return this.qmp;
        } catch (error) {
          last = error;
        }
      }
      await Promise.race([this.exited, new Promise((r) => setTimeout(r, 100))]);
    }
    if (this.hasExited) throw new Error(`QEMU exited: ${this.complaint || 'no reason given'}`);
    throw new Error(`QEMU's monitor did not open: ${(last as Error | null)?.message ?? 'timeout'}`);
  }

  async connectControl(deadlineMs: number): Promise<GuestControl> {
    const control = await GuestControl.connect(this.controlSocket, Math.min(deadlineMs, 5000));
    try {
      await control.ready(deadlineMs);
    } catch (error) {
      control.close();
      throw error;
    }
    return control;
  }

  /** Waits for the exit up to `ms`; true if it exited. */
  async waitExit(ms: number): Promise<boolean> {
    if (this.hasExited) return true;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    });
    const done = await Promise.race([this.exited.then(() => true), timeout]);
    clearTimeout(timer);
    return done;
  }

  /** QMP quit, then SIGKILL if it lingers. */
  async kill(): Promise<void> {
    if (this.hasExited) return;
    await this.qmp?.execute('quit').catch(() => undefined);
    if (await this.waitExit(5000)) return;
    this.child.kill('SIGKILL');
    await this.waitExit(10_000);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Only a QEMU is ever killed by pid (a stale pid file may name an unrelated process by now). */
function isQemu(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('qemu-system');
  } catch {
    return false;
  }
}
