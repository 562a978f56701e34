// One engine connection: status, reconnect with backoff, one /events stream feeding the model.
import { EventEmitter } from 'node:events';
import type Dockerode from 'dockerode';
import type {
  ContainerSummary,
  EngineStatus,
  ImageSummary,
  NetworkSummary,
  VolumeSummary,
} from '@shared/api';
import { Store } from '../model/store';
import { ModelSync, type EngineEvent } from '../model/sync';
import type { Discovered } from './discovery';
import { EngineClient } from './client';
import { dockerOptions } from './endpoint';
import { describeConnectError, withTimeout } from './errors';
import { splitJsonLines } from '../streams/json-lines';
import { engineVersion } from './version';

export interface EngineOptions {
  /** Its key in the engine registry; every list item and change of its model carries it. */
  id: string;
  discover: () => Discovered;
  /** Delays between reconnect attempts; the last one repeats. */
  backoffMs?: number[];
  /** How often a connected engine is pinged, to notice one that hangs rather than closes. */
  heartbeatMs?: number;
  connectTimeoutMs?: number;
  /**
   * While Berth's own engine is starting (or stopped), why not to connect yet: the connection
   * waits in that state, without retrying, until reconnect() is called (on the provider's ready).
   */
  hold?: () => { state: EngineStatus['state']; reason: string } | null;
}

export class EngineUnavailableError extends Error {
  constructor(reason: string | null) {
    super(reason ?? 'The Docker engine is not connected.');
    this.name = 'EngineUnavailableError';
  }
}

export class Engine {
  readonly id: string;
  readonly containers = new Store<ContainerSummary>();
  readonly images = new Store<ImageSummary>();
  readonly volumes = new Store<VolumeSummary>();
  readonly networks = new Store<NetworkSummary>();

  private readonly emitter = new EventEmitter();
  private current: EngineStatus = {
    state: 'connecting',
    endpoint: null,
    version: null,
    reason: null,
    since: Date.now(),
    nextRetryAt: null,
  };
  private docker: Dockerode | null = null;
  private sync: ModelSync | null = null;
  private events: NodeJS.ReadableStream | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private generation = 0;
  /** The address the model's contents came from. */
  private modelHost: string | null = null;
  /** The address and TLS material of the connected engine, for tools run against it (compose). */
  private toolEndpoint: Discovered | null = null;
  private failures = 0;
  private stopped = true;

  constructor(private readonly options: EngineOptions) {
    this.id = options.id;
    this.emitter.setMaxListeners(0);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.generation++;
    this.teardown();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /** Drops the connection and discovers again (e.g. after the engine setting changed). */
  reconnect(): void {
    this.stop();
    this.failures = 0;
    this.start();
  }

  status(): EngineStatus {
    return this.current;
  }

  /** Every message of the engine's /events stream, as it arrives. */
  onEvent(listener: (event: EngineEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  onStatus(listener: (status: EngineStatus) => void): () => void {
    this.emitter.on('status', listener);
    return () => this.emitter.off('status', listener);
  }

  /** The engine API client; throws a readable error while disconnected. */
  api(): Dockerode {
    if (!this.docker || this.current.state !== 'connected')
      throw new EngineUnavailableError(this.current.reason);
    return this.docker;
  }

  /** DOCKER_HOST and TLS material of the connected engine, for a CLI tool to reach the same one. */
  connection(): Discovered | null {
    return this.current.state === 'connected' ? this.toolEndpoint : null;
  }

  private setStatus(patch: Partial<EngineStatus>): void {
    const next = { ...this.current, ...patch };
    if (patch.state && patch.state !== this.current.state) next.since = Date.now();
    this.current = next;
    this.emitter.emit('status', next);
  }

  private async connect(): Promise<void> {
    const generation = ++this.generation;
    const timeout = this.options.connectTimeoutMs ?? 5000;
    let host = '(unknown)';
    const held = this.options.hold?.();
    if (held) {
      this.setStatus({
        state: held.state,
        endpoint: null,
        version: null,
        reason: held.reason,
        nextRetryAt: null,
      });
      return;
    }
    try {
      const { endpoint, tls } = this.options.discover();
      host = endpoint.host;
      // Another engine: what the model holds is not its, even before (or if never) it answers.
      if (this.modelHost !== null && this.modelHost !== host) this.clearModel();
      this.modelHost = host;
      this.setStatus({ state: 'connecting', endpoint, nextRetryAt: null });
      const docker = new EngineClient(dockerOptions(endpoint.host, tls));
      await withTimeout(docker.ping(), timeout, 'ping');
      const version = await withTimeout(docker.version(), timeout, 'version');
      const events = (await docker.getEvents({})) as NodeJS.ReadableStream;
      if (generation !== this.generation) {
        (events as unknown as { destroy?: () => void }).destroy?.();
        return;
      }
      this.docker = docker;
      this.toolEndpoint = { endpoint, tls };
      this.events = events;
      const sync = new ModelSync(docker, this);
      this.sync = sync;

      // Events that arrive while the first lists load are replayed after them.
      const early: EngineEvent[] = [];
      let ready = false;
      splitJsonLines<EngineEvent>(events, (event) => {
        if (ready) sync.handle(event);
        else early.push(event);
        // The events view listens to this same stream: no second /events per client.
        this.emitter.emit('event', event);
      });
      const lost = (why: string) => this.lost(generation, why);
      events.on('end', () => lost(`The Docker engine at ${host} closed the connection.`));
      events.on('error', (error: unknown) => lost(describeConnectError(error, host)));

      await withTimeout(sync.resync(), timeout * 4, 'listing');
      ready = true;
      for (const event of early) sync.handle(event);
      if (generation !== this.generation) return;

      this.failures = 0;
      this.setStatus({
        state: 'connected',
        reason: null,
        version: engineVersion(version),
      });
      this.startHeartbeat(generation, docker, host);
    } catch (error) {
      this.lost(generation, describeConnectError(error, host));
    }
  }

  private clearModel(): void {
    for (const store of [this.containers, this.images, this.volumes, this.networks] as Store<{
      id: string;
    }>[])
      store.clear();
  }

  private startHeartbeat(generation: number, docker: Dockerode, host: string): void {
    const every = this.options.heartbeatMs ?? 5000;
    this.heartbeat = setInterval(() => {
      withTimeout(docker.ping(), Math.min(every, 3000), 'ping').catch((error: unknown) =>
        this.lost(generation, describeConnectError(error, host)),
      );
    }, every);
    this.heartbeat.unref();
  }

  private lost(generation: number, reason: string): void {
    if (generation !== this.generation || this.stopped) return;
    this.generation++;
    this.teardown();
    const backoff = this.options.backoffMs ?? [250, 500, 1000, 2000];
    const delay = backoff[Math.min(this.failures, backoff.length - 1)]!;
    this.failures++;
    this.setStatus({ state: 'disconnected', reason, nextRetryAt: Date.now() + delay });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped) void this.connect();
    }, delay);
    this.retryTimer.unref?.();
  }

  private teardown(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.sync?.close();
    this.sync = null;
    const events = this.events as unknown as { removeAllListeners?: () => void; destroy?: () => void } | null;
    events?.removeAllListeners?.();
    // A destroyed socket may still emit 'error'; without a listener Node would crash.
    (this.events as unknown as NodeJS.EventEmitter | null)?.on('error', () => undefined);
    events?.destroy?.();
    this.events = null;
    this.docker = null;
  }
}
