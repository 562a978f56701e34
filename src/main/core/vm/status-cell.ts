// A provider's status and its listeners: every change stamps `since` when the state changes.
import type { ProviderId, ProviderStatus } from '../../../shared/api/providers';

export class StatusCell {
  private value: ProviderStatus;
  private readonly listeners = new Set<(status: ProviderStatus) => void>();

  constructor(id: ProviderId) {
    this.value = {
      id,
      state: 'stopped',
      step: null,
      detail: null,
      reason: null,
      endpoint: null,
      resources: null,
      since: Date.now(),
    };
  }

  get(): ProviderStatus {
    return this.value;
  }

  set(patch: Partial<Omit<ProviderStatus, 'id' | 'since'>>): void {
    const next = { ...this.value, ...patch };
    if (patch.state && patch.state !== this.value.state) next.since = Date.now();
    this.value = next;
    for (const listener of [...this.listeners]) listener(next);
  }

  subscribe(listener: (status: ProviderStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.listeners.clear();
  }
}
