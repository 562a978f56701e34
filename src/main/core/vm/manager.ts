// Owns the providers of this platform: picks the one that runs Berth's engine, starts it on the
// first run when no other engine is configured, and exposes its status, logs and factory reset.
// Keeps the `berth` docker context while the engine is Berth's own. Owned by the Backend.
import { EventEmitter } from 'node:events';
import type { BerthContextInfo, ProviderChoice, ProviderStateView } from '@shared/api/provider-manager';
import type { ProviderId, ProviderLogKind, ProviderResources, ProviderStatus } from '@shared/api/providers';
import type { EngineState } from '@shared/api/engine';
import type { SettingsFile } from '../settings/settings-file';
import { chooseProvider, shouldAutoStart, type Selection } from './choice';
import {
  CONTEXT_NAME,
  isCurrentContext,
  readBerthContextHost,
  removeBerthContext,
  writeBerthContext,
} from './docker-context';
import type { EngineProvider, ProviderEndpoint } from './provider';

export interface ManagerOptions {
  providers: EngineProvider[];
  settings: SettingsFile;
  platform?: NodeJS.Platform;
  /** The user's docker config folder, where the `berth` context goes. */
  dockerConfigDir: string;
  /** Why the user's own engine is used (settings address, --engine, DOCKER_HOST, context), or null. */
  userEngine: () => string | null;
  env?: NodeJS.ProcessEnv;
}

/** What discovery needs of the running provider. */
export interface ProviderEngine extends ProviderEndpoint {
  reason: string;
  /** Chosen in Settings: wins over DOCKER_HOST and contexts. */
  chosen: boolean;
}

const labels: Record<ProviderId, string> = {
  native: "Berth's engine (native)",
  qemu: "Berth's Linux VM (QEMU)",
  wsl2: "Berth's WSL 2 distro",
  lima: "Berth's Lima VM",
};

export class ProviderManager {
  private readonly emitter = new EventEmitter();
  private readonly unsubscribers: Array<() => void> = [];
  private engaged = false;
  private lastState: ProviderStatus['state'] | null = null;
  private pending: Promise<unknown> | null = null;
  private startsPending = 0;

  constructor(private readonly options: ManagerOptions) {
    this.emitter.setMaxListeners(0);
    for (const provider of options.providers) {
      this.unsubscribers.push(provider.onStatus((status) => this.changed(provider, status)));
    }
  }

  selection(): Selection {
    return chooseProvider({
      setting: this.options.settings.get().provider,
      platform: this.options.platform ?? process.platform,
      available: this.options.providers.map((p) => p.id),
    });
  }

  private provider(id?: ProviderId | null): EngineProvider | null {
    const wanted = id ?? this.selection().id;
    return this.options.providers.find((p) => p.id === wanted) ?? null;
  }

  private owned(provider: EngineProvider): boolean {
    return provider.owned?.() ?? true;
  }

  view(): ProviderStateView {
    const selection = this.selection();
    const provider = this.provider(selection.id);
    const status = provider?.status() ?? null;
    const owned = provider ? this.owned(provider) : false;
    return {
      selected: selection.id,
      why: selection.why,
      engaged: this.engaged,
      userEngine: this.options.userEngine(),
      status,
      owned,
      context: status?.state === 'running' && owned ? this.contextInfo() : null,
      needsVm: (this.options.platform ?? process.platform) !== 'linux',
    };
  }

  private contextInfo(): BerthContextInfo | null {
    const host = readBerthContextHost(this.options.dockerConfigDir);
    if (!host) return null;
    return {
      name: CONTEXT_NAME,
      host,
      current: isCurrentContext(this.options.dockerConfigDir, this.options.env),
    };
  }

  async choices(): Promise<ProviderChoice[]> {
    return Promise.all(
      this.options.providers.map(async (p) => {
        const detection = await p
          .detect()
          .catch((error: unknown) => ({ usable: false, reason: String(error) }));
        return { id: p.id, ...detection };
      }),
    );
  }

  onChange(listener: (view: ProviderStateView) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }

  /** Fires only when the engaged provider's state changes (the engine reconnects on it). */
  onStateChange(listener: () => void): () => void {
    this.emitter.on('state', listener);
    return () => this.emitter.off('state', listener);
  }

  private changed(provider: EngineProvider, status: ProviderStatus): void {
    if (provider.id !== this.selection().id) return;
    if (status.state === 'running' && this.owned(provider)) this.syncContext(provider);
    this.emitter.emit('change', this.view());
    if (status.state !== this.lastState) {
      this.lastState = status.state;
      this.emitter.emit('state');
    }
  }

  private syncContext(provider: EngineProvider): void {
    const endpoint = provider.endpoint();
    if (!endpoint) return;
    try {
      writeBerthContext(this.options.dockerConfigDir, endpoint, labels[provider.id]);
    } catch {
      // A read-only docker config folder must not stop the engine; the page shows no context line.
    }
  }

  /** The running provider's engine, for discovery (null while none runs or it is not engaged). */
  engineEndpoint(): ProviderEngine | null {
    if (!this.engaged) return null;
    const selection = this.selection();
    const provider = this.provider(selection.id);
    const endpoint = provider?.endpoint();
    if (!provider || !endpoint) return null;
    const reason = this.owned(provider) ? labels[provider.id] : "the host's engine (native provider)";
    return { ...endpoint, reason, chosen: selection.chosen };
  }

  /**
   * While Berth's provider is the engine's source and not running, the engine connection waits
   * (no retries against an engine that is still starting), with words for why.
   */
  hold(): { state: EngineState; reason: string } | null {
    if (!this.engaged) return null;
    const selection = this.selection();
    if (!selection.chosen && this.options.userEngine() !== null) return null;
    const status = this.provider(selection.id)?.status();
    if (!status) return null;
    const label = labels[status.id];
    switch (status.state) {
      case 'running':
        return null;
      case 'starting':
        return { state: 'connecting', reason: `Starting ${label}: ${status.detail ?? status.step ?? ''}` };
      case 'stopping':
        return { state: 'connecting', reason: `${label} is stopping.` };
      case 'stopped':
        if (this.startsPending > 0) return { state: 'connecting', reason: `Starting ${label}` };
        return { state: 'disconnected', reason: `${label} is stopped. Start it on the Engine page.` };
      case 'error':
        return { state: 'disconnected', reason: `${label} failed: ${status.reason ?? 'unknown error'}` };
    }
  }

  /** The first run: starts the provider when nothing else is configured. Never rejects. */
  async autoStart(): Promise<void> {
    if (!shouldAutoStart({ selection: this.selection(), userEngine: this.options.userEngine() })) return;
    await this.start().catch(() => undefined); // the error is in the provider's status
  }

  private serial<T>(run: () => Promise<T>): Promise<T> {
    const next = (this.pending ?? Promise.resolve()).catch(() => undefined).then(run);
    this.pending = next;
    return next;
  }

  start(id?: ProviderId): Promise<void> {
    // Engaged at once, so the engine connection waits for this start instead of trying elsewhere.
    this.engaged = true;
    this.startsPending++;
    return this.serial(async () => {
      const provider = this.provider(id);
      if (!provider) throw new Error(this.selection().why);
      const wasRunning = provider.status().state === 'running';
      await provider.start();
      if (wasRunning) this.emitter.emit('state'); // engaged now: the engine should use it
    }).finally(() => {
      this.startsPending--;
    });
  }

  stop(): Promise<void> {
    return this.serial(async () => {
      await this.provider()?.stop();
    });
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Stops the provider that no longer is the selected one (after the settings changed). */
  async reselect(): Promise<void> {
    const now = this.selection().id;
    for (const provider of this.options.providers) {
      if (provider.id !== now && provider.status().state !== 'stopped')
        await this.serial(() => provider.stop());
    }
    this.emitter.emit('change', this.view());
    this.emitter.emit('state');
  }

  logs(kind: ProviderLogKind, tail: number): Promise<string[]> {
    return this.provider()?.logs(kind, tail) ?? Promise.resolve([]);
  }

  followLogs(kind: ProviderLogKind, onLines: (lines: string[]) => void): () => void {
    return this.provider()?.followLogs(kind, onLines) ?? (() => undefined);
  }

  resources(): ProviderResources | null {
    return this.provider()?.resources() ?? null;
  }

  async setResources(next: ProviderResources): Promise<void> {
    const provider = this.provider();
    if (!provider?.setResources)
      throw new Error('This provider uses the host’s resources; there is nothing to set.');
    await provider.setResources(next);
  }

  /** Everything a factory reset deletes, in words. */
  async describeReset(): Promise<string[]> {
    const provider = this.provider();
    if (!provider) return [];
    const lines = await provider.describeReset();
    if (readBerthContextHost(this.options.dockerConfigDir)) {
      const current = isCurrentContext(this.options.dockerConfigDir, this.options.env)
        ? ' It is your current context: run `docker context use default` afterwards.'
        : '';
      lines.push(`The docker context "${CONTEXT_NAME}" in ${this.options.dockerConfigDir}.${current}`);
    }
    return lines;
  }

  factoryReset(): Promise<void> {
    return this.serial(async () => {
      const provider = this.provider();
      if (!provider) return;
      if (!this.owned(provider) && provider.status().state === 'running') {
        throw new Error("Berth is using the host's engine, which is not Berth's to delete.");
      }
      await provider.factoryReset();
      removeBerthContext(this.options.dockerConfigDir);
      this.emitter.emit('change', this.view());
    });
  }

  /** Releases everything; at quit, stops Berth's own engine when the setting says so. */
  async dispose(options: { stopEngine?: boolean } = {}): Promise<void> {
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    // The desktop app asks (shell/pure/quit-prompt.ts) and passes its answer; `berth serve` has no
    // dialog, so on SIGTERM 'ask' stops Berth's own engine, the default before the choice existed.
    const stopEngine = options.stopEngine ?? this.options.settings.get().quitEngine !== 'keep';
    for (const provider of this.options.providers) {
      const running = provider.status().state !== 'stopped';
      const stops = provider.stopsOnQuit?.() ?? this.owned(provider);
      if (stopEngine && running && stops) await provider.stop().catch(() => undefined);
      await provider.dispose().catch(() => undefined);
    }
    this.emitter.removeAllListeners();
  }
}
