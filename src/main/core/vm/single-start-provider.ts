// What the providers that drive a VM through a host tool (lima, wsl2) share: the status with its
// listeners, the endpoint while running, and one start at a time (a second caller joins the first).
import type { ProviderId, ProviderResources, ProviderStatus } from '@shared/api/providers';
import type { ProviderEndpoint, StartOptions } from './provider';
import { StatusHolder } from './provider-status';

export abstract class SingleStartProvider {
  protected readonly status$: StatusHolder;
  protected current: ProviderEndpoint | null = null;
  private starting: Promise<ProviderEndpoint> | null = null;

  constructor(id: ProviderId, resources: ProviderResources | null) {
    this.status$ = new StatusHolder(id, resources);
  }

  status(): ProviderStatus {
    return this.status$.get();
  }

  onStatus(listener: (status: ProviderStatus) => void): () => void {
    return this.status$.on(listener);
  }

  endpoint(): ProviderEndpoint | null {
    return this.current;
  }

  start(options: StartOptions = {}): Promise<ProviderEndpoint> {
    if (this.current) return Promise.resolve(this.current);
    this.starting ??= this.doStart(options.signal).finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  /** Brings the engine up once; start() makes sure only one runs at a time. */
  protected abstract doStart(signal?: AbortSignal): Promise<ProviderEndpoint>;

  /** Lets a start in flight end (either way) before stop or reset goes on. */
  protected async startSettled(): Promise<void> {
    if (this.starting) await this.starting.catch(() => undefined);
  }

  /** Stop or reset has finished: nothing runs. */
  protected stopped(): void {
    this.status$.set({ state: 'stopped', step: null, detail: null, reason: null });
  }
}
