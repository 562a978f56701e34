// Published ports reach the host's loopback as they do on Linux: the forwarder watches the VM
// engine's container events and keeps one QEMU user-net `hostfwd` rule per published port, on
// 127.0.0.1 only, adding and removing them through QMP.
import type Dockerode from 'dockerode';
import type { QmpClient } from '../qmp-client';
import { hostfwdAdd, hostfwdRemove } from './command-line';

type Proto = 'tcp' | 'udp';
export interface PublishedPort {
  proto: Proto;
  port: number;
}

interface ContainerPorts {
  Ports?: Array<{ IP?: string; PublicPort?: number; Type?: string }>;
}

/** The host ports the running containers publish on all interfaces or on loopback. */
export function publishedPorts(containers: readonly ContainerPorts[]): PublishedPort[] {
  const seen = new Map<string, PublishedPort>();
  for (const c of containers) {
    for (const p of c.Ports ?? []) {
      if (!p.PublicPort || (p.Type !== 'tcp' && p.Type !== 'udp')) continue;
      if (p.IP && !['0.0.0.0', '::', '127.0.0.1', '::1'].includes(p.IP)) continue;
      seen.set(`${p.Type}:${p.PublicPort}`, { proto: p.Type, port: p.PublicPort });
    }
  }
  return [...seen.values()];
}

export class PortForwarder {
  private readonly active = new Map<string, PublishedPort>();
  private stream: NodeJS.ReadableStream | null = null;
  private syncing: Promise<void> = Promise.resolve();
  private again = false;
  private stopped = false;
  private reconnect: NodeJS.Timeout | null = null;
  /** Ports the host refused (already in use there), with why. */
  readonly failures = new Map<string, string>();

  constructor(
    private readonly docker: Dockerode,
    private readonly qmp: QmpClient,
    private readonly onWarning: (message: string) => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    await this.watch();
    await this.sync();
  }

  /** Follows container events; when the stream ends (engine restart, idle timeout) it reconnects and resyncs. */
  private async watch(): Promise<void> {
    const stream = (await this.docker.getEvents({
      filters: { type: ['container'], event: ['start', 'die', 'destroy', 'unpause', 'restart'] },
    })) as NodeJS.ReadableStream;
    if (this.stopped) {
      (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
      return;
    }
    this.stream = stream;
    stream.on('data', () => this.schedule());
    stream.on('error', () => undefined);
    stream.once('close', () => {
      if (this.stopped || this.stream !== stream) return;
      this.stream = null;
      this.reconnect = setTimeout(() => {
        this.watch()
          .then(() => this.schedule())
          .catch(() =>
            this.onWarning('Port forwarding stopped following the engine; restart the engine to resume it.'),
          );
      }, 1000);
    });
  }

  /** Resolves once the rules match the engine as it is now. */
  sync(): Promise<void> {
    this.schedule();
    return this.syncing;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.again = true;
    this.syncing = this.syncing.then(async () => {
      while (this.again && !this.stopped) {
        this.again = false;
        await this.syncOnce().catch((error: Error) => this.onWarning(`Port forwarding: ${error.message}`));
      }
    });
  }

  private async syncOnce(): Promise<void> {
    const containers = (await this.docker.listContainers()) as ContainerPorts[];
    const wanted = new Map(publishedPorts(containers).map((p) => [`${p.proto}:${p.port}`, p]));
    for (const [key, p] of this.active) {
      if (wanted.has(key)) continue;
      await this.qmp.hmp(hostfwdRemove(p.proto, p.port)).catch(() => undefined);
      this.active.delete(key);
    }
    for (const [key, p] of wanted) {
      if (this.active.has(key) || this.failures.has(key)) continue;
      try {
        await this.qmp.hmp(hostfwdAdd(p.proto, p.port));
        this.active.set(key, p);
      } catch (error) {
        const message = `port ${p.port}/${p.proto} is published in the VM but the host could not listen on 127.0.0.1:${p.port} (is it in use?)`;
        this.failures.set(key, message);
        this.onWarning(`${message}: ${(error as Error).message}`);
      }
    }
    for (const key of [...this.failures.keys()]) if (!wanted.has(key)) this.failures.delete(key);
  }

  forwarded(): PublishedPort[] {
    return [...this.active.values()];
  }

  stop(): void {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    const stream = this.stream as (NodeJS.ReadableStream & { destroy?: () => void }) | null;
    stream?.destroy?.();
    this.stream = null;
  }
}
