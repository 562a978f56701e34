// The status a provider reports, with its listeners: one small holder every provider shares.
import type { ProviderId, ProviderResources, ProviderStatus } from '@shared/api/providers';

export class StatusHolder {
  private current: ProviderStatus;
  private readonly listeners = new Set<(status: ProviderStatus) => void>();

  constructor(id: ProviderId, resources: ProviderResources | null) {
    this.current = {
      id,
      state: 'stopped',
      step: null,
      detail: null,
      reason: null,
      endpoint: null,
      resources,
      since: Date.now(),
    };
  }

  get(): ProviderStatus {
    return this.current;
  }

  set(patch: Partial<Omit<ProviderStatus, 'id' | 'since'>>): void {
    const stateChanged = patch.state !== undefined && patch.state !== this.current.state;
    this.current = { ...this.current, ...patch, since: stateChanged ? Date.now() : this.current.since };
    for (const listener of [...this.listeners]) {
      try {
        listener(this.current);
      } catch {
        // a listener's failure is its own
      }
    }
  }

  on(listener: (status: ProviderStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Start reached its end: the engine answers at `endpoint`. */
  running(endpoint: string, detail: string): void {
    this.set({ state: 'running', step: 'ready', detail, endpoint });
  }

  /** Start (or the running engine) failed, with the reason in words. */
  failed(reason: string): void {
    this.set({ state: 'error', step: null, detail: null, endpoint: null, reason });
  }

  /** Forgets every listener (the provider is disposed). */
  clear(): void {
    this.listeners.clear();
  }
}
