// The `native` provider (Linux): the host's engine when one answers, else a private dockerd that
// Berth starts and owns. Which of the two it uses is its `mode` (settings: auto, host, private).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import type {
  ProviderDetection,
  ProviderLogKind,
  ProviderResources,
  ProviderStatus,
  StartStep,
} from '@shared/api/providers';
import type { NativeMode } from '@shared/api/provider-manager';
import type { EngineProvider, ProviderEndpoint, StartOptions, StopOptions } from '../provider';
import { berthDataDir, engineLayout } from './layout';
import { followLines, LineRing, tailLines } from './log-file';
import { pingSocket } from './ping';
import { PrivateDockerd } from './private-dockerd';
import { StatusHolder } from '../provider-status';

export type { NativeMode };

export interface NativeProviderOptions {
  /** Berth's data folder (default: BERTH_DATA_DIR or the XDG data folder). */
  dataDir?: string;
  mode?: () => NativeMode;
  /** Sockets where a host engine may answer (default: the Linux system and rootless sockets). */
  hostSockets?: string[];
}

function defaultHostSockets(): string[] {
  const sockets = ['/var/run/docker.sock', '/run/docker.sock'];
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0) sockets.push(`/run/user/${uid}/docker.sock`);
  return sockets;
}

export class NativeProvider implements EngineProvider {
  readonly id = 'native' as const;
  private readonly cell = new StatusHolder('native', null);
  private readonly console = new LineRing();
  private readonly dockerd: PrivateDockerd;
  private readonly hostSockets: string[];
  private current: ProviderEndpoint | null = null;
  private usingHost = false;

  constructor(private readonly options: NativeProviderOptions = {}) {
    const layout = engineLayout(options.dataDir ?? berthDataDir());
    this.dockerd = new PrivateDockerd(layout, this.console, (reason) => this.crashed(reason));
    this.hostSockets = (options.hostSockets ?? defaultHostSockets()).filter((s) => s !== layout.socket);
  }

  get layout() {
    return this.dockerd.layout;
  }

  private mode(): NativeMode {
    return this.options.mode?.() ?? 'auto';
  }

  /** The host's engine socket that answers, if any. */
  async hostEngine(): Promise<string | null> {
    for (const socket of this.hostSockets) if (await pingSocket(socket, 1_000)) return socket;
    return null;
  }

  async detect(): Promise<ProviderDetection> {
    if (process.platform !== 'linux')
      return { usable: false, reason: 'The native provider runs on Linux only.' };
    const mode = this.mode();
    if (mode !== 'private') {
      const host = await this.hostEngine();
      if (host) return { usable: true, reason: `The host's engine answers at unix://${host}.` };
      if (mode === 'host')
        return { usable: false, reason: `No engine answers at ${this.hostSockets.join(', ')}.` };
    }
    const why = this.dockerd.unusableReason();
    if (why) return { usable: false, reason: why };
    return { usable: true, reason: 'dockerd is installed: Berth can run a private engine.' };
  }

  status(): ProviderStatus {
    return this.cell.get();
  }

  onStatus(listener: (status: ProviderStatus) => void): () => void {
    return this.cell.on(listener);
  }

  /** True while it runs a dockerd of Berth's own (not the host's engine). */
  owned(): boolean {
    return !this.usingHost;
  }

  /** True when Berth should stop it on quit (a dockerd another live Berth runs is left alone). */
  stopsOnQuit(): boolean {
    return !this.usingHost && this.dockerd.isOwned();
  }

  async start(options: StartOptions = {}): Promise<ProviderEndpoint> {
    const state = this.cell.get().state;
    if (state === 'running' && this.current) return this.current;
    if (state === 'starting' || state === 'stopping') throw new Error(`The engine is ${state}.`);
    const progress = (step: StartStep, detail: string) => {
      this.console.push(detail);
      this.cell.set({ state: 'starting', step, detail, reason: null });
    };
    try {
      progress('preparing', 'Looking for an engine');
      await testGate(options.signal);
      const mode = this.mode();
      const host = mode === 'private' ? null : await this.hostEngine();
      if (mode === 'host' && !host) throw new Error(`No engine answers at ${this.hostSockets.join(', ')}.`);
      let endpoint: ProviderEndpoint;
      let detail: string;
      if (host) {
        this.usingHost = true;
        endpoint = { host: `unix://${host}`, tls: null };
        detail = "The host's engine";
      } else {
        this.usingHost = false;
        await this.dockerd.start(progress, options.signal);
        endpoint = { host: `unix://${this.dockerd.layout.socket}`, tls: null };
        detail = this.dockerd.isOwned()
          ? "Berth's private dockerd"
          : "Berth's private dockerd (run by another Berth)";
      }
      this.current = endpoint;
      this.console.push(`Engine ready at ${endpoint.host}.`);
      this.cell.set({
        state: 'running',
        step: 'ready',
        detail,
        reason: this.usingHost ? null : this.dockerd.networkNote,
        endpoint: endpoint.host,
      });
      return endpoint;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.console.push(`Start failed: ${reason}`);
      if (!this.usingHost) await this.dockerd.stop(5_000).catch(() => undefined);
      this.current = null;
      this.cell.set({ state: 'error', step: null, detail: null, reason, endpoint: null });
      throw error;
    }
  }

  private crashed(reason: string): void {
    this.console.push(reason);
    this.current = null;
    this.cell.set({ state: 'error', step: null, detail: null, reason, endpoint: null });
  }

  async stop(options: StopOptions = {}): Promise<void> {
    const before = this.cell.get().state;
    if (before === 'stopped') return;
    this.cell.set({ state: 'stopping', step: null, detail: null, reason: null });
    // The host's engine is not Berth's: "stopping" it only means Berth stops using it.
    if (!this.usingHost) await this.dockerd.stop(options.deadlineMs);
    this.current = null;
    this.usingHost = false;
    this.cell.set({ state: 'stopped', step: null, detail: null, reason: null, endpoint: null });
  }

  endpoint(): ProviderEndpoint | null {
    return this.cell.get().state === 'running' ? this.current : null;
  }

  resources(): ProviderResources | null {
    return null; // the host's CPUs and memory, shared with everything else
  }

  async logs(kind: ProviderLogKind, tail: number): Promise<string[]> {
    if (kind === 'console') return this.console.tail(tail);
    if (this.usingHost)
      return ["The host's engine writes its log to the system journal: journalctl -u docker"];
    return tailLines(this.dockerd.layout.log, tail);
  }

  followLogs(kind: ProviderLogKind, onLines: (lines: string[]) => void): () => void {
    if (kind === 'console') return this.console.follow(onLines);
    return followLines(this.dockerd.layout.log, onLines);
  }

  async describeReset(): Promise<string[]> {
    const { dir } = this.dockerd.layout;
    const size = await diskUsage(dir);
    return [
      `${dir}${size ? ` (${size})` : ''}: every image, container, volume and build cache of Berth's private engine`,
    ];
  }

  async factoryReset(): Promise<void> {
    this.cell.set({ state: 'stopping', step: null, detail: 'Deleting the engine folder', reason: null });
    await this.dockerd.reset();
    this.current = null;
    this.usingHost = false;
    this.console.push(`Deleted ${this.dockerd.layout.dir}.`);
    this.cell.set({ state: 'stopped', step: null, detail: null, reason: null, endpoint: null });
  }

  async dispose(): Promise<void> {
    this.cell.clear();
  }
}

/**
 * End-to-end tests hold a start at "preparing" until they create the file BERTH_TEST_START_GATE
 * names, so they can see the progress deterministically. Unset (always, outside tests): no wait.
 */
async function testGate(signal?: AbortSignal): Promise<void> {
  const gate = process.env.BERTH_TEST_START_GATE;
  if (!gate) return;
  for (let i = 0; i < 1200 && !existsSync(gate) && !signal?.aborted; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function diskUsage(dir: string): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('du', ['-sh', dir], { timeout: 10_000 }, (error, stdout) => {
      resolve(error ? null : (stdout.split(/\s/)[0] ?? null));
    });
  });
}
