// One way of running an engine of Berth's own. `native` (a private dockerd on Linux), `qemu`,
// `wsl2` and `lima` implement the same lifecycle, so the backend, the Engine page and the tray do
// not care which one runs. Plain Node: no Electron here.
import type {
  ProviderDetection,
  ProviderId,
  ProviderLogKind,
  ProviderResources,
  ProviderStatus,
} from '@shared/api/providers';
import type { TlsMaterial } from '../engine/endpoint';

/** How the engine of a running provider is reached. Never an open unauthenticated TCP port. */
export interface ProviderEndpoint {
  /** As DOCKER_HOST: unix:///…/docker.sock (mode 0600) or tcp://127.0.0.1:N with TLS. */
  host: string;
  /** Client certificates for a TLS endpoint (ca.pem, cert.pem, key.pem in certPath). */
  tls: TlsMaterial | null;
}

export interface StartOptions {
  signal?: AbortSignal;
}

export interface StopOptions {
  /** Graceful shutdown first; forced (SIGKILL / QMP quit) after this many ms. */
  deadlineMs?: number;
}

export interface EngineProvider {
  readonly id: ProviderId;
  /** Can it run here? If not, why, in words ("qemu-system-x86_64 is not installed"). */
  detect(): Promise<ProviderDetection>;
  status(): ProviderStatus;
  onStatus(listener: (status: ProviderStatus) => void): () => void;
  /**
   * Brings the engine up and resolves once `/_ping` answers (state `running`), moving through
   * preparing → booting → waiting-for-engine → ready. Creates what is missing on first use.
   * Rejects (state `error`, with the reason) when it cannot.
   */
  start(options?: StartOptions): Promise<ProviderEndpoint>;
  /** Graceful, then forced after the deadline. Resolves once nothing of it runs. */
  stop(options?: StopOptions): Promise<void>;
  /** The engine address while running, else null. */
  endpoint(): ProviderEndpoint | null;
  /** Resources for the next start (null: the provider has none to set). */
  resources(): ProviderResources | null;
  setResources?(next: ProviderResources): Promise<void>;
  /** The last `tail` lines of its console or engine log. */
  logs(kind: ProviderLogKind, tail: number): Promise<string[]>;
  /** Lines as they are written; returns an unsubscribe. */
  followLogs(kind: ProviderLogKind, onLines: (lines: string[]) => void): () => void;
  /** What a factory reset deletes, in words, for the confirmation ("/var/lib/berth/engine: 3.2 GB …"). */
  describeReset(): Promise<string[]>;
  /** Stops and deletes everything the provider made (images, volumes, data, its docker context). */
  factoryReset(): Promise<void>;
  /** Whether its engine is Berth's own (default true); `native` may be using the host's engine. */
  owned?(): boolean;
  /** Whether quitting Berth should stop it, when the setting says so (default: owned()). */
  stopsOnQuit?(): boolean;
  /** Releases watchers and timers; does not stop the engine (that is the quit setting's choice). */
  dispose(): Promise<void>;
}
