// An in-memory provider for the manager's unit tests: start/stop resolve when the test says so.
import type { ProviderDetection, ProviderResources, ProviderStatus } from '@shared/api/providers';
import type { EngineProvider, ProviderEndpoint } from '@core/vm/provider';
import { StatusHolder } from '@core/vm/provider-status';

export class FakeProvider implements EngineProvider {
  readonly id = 'native' as const;
  readonly cell = new StatusHolder('native', null);
  calls: string[] = [];
  isOwned = true;
  failWith: string | null = null;
  private release: (() => void) | null = null;

  async detect(): Promise<ProviderDetection> {
    return { usable: true, reason: 'fake' };
  }
  status(): ProviderStatus {
    return this.cell.get();
  }
  onStatus(listener: (status: ProviderStatus) => void): () => void {
    return this.cell.on(listener);
  }
  /** Resolves the pending start (the engine "answers"). */
  ready(): void {
    this.release?.();
  }
  async start(): Promise<ProviderEndpoint> {
    this.calls.push('start');
    this.cell.set({ state: 'starting', step: 'booting', detail: 'Booting' });
    await new Promise<void>((resolve) => (this.release = resolve));
    if (this.failWith) {
      this.cell.set({ state: 'error', step: null, reason: this.failWith });
      throw new Error(this.failWith);
    }
    this.cell.set({ state: 'running', step: 'ready', endpoint: 'unix:///fake.sock' });
    return { host: 'unix:///fake.sock', tls: null };
  }
  async stop(): Promise<void> {
    this.calls.push('stop');
    this.cell.set({ state: 'stopped', step: null, endpoint: null });
  }
  endpoint(): ProviderEndpoint | null {
    return this.cell.get().state === 'running' ? { host: 'unix:///fake.sock', tls: null } : null;
  }
  resources(): ProviderResources | null {
    return null;
  }
  async logs(): Promise<string[]> {
    return [];
  }
  followLogs(): () => void {
    return () => undefined;
  }
  async describeReset(): Promise<string[]> {
    return ['/fake/engine'];
  }
  async factoryReset(): Promise<void> {
    this.calls.push('reset');
  }
  owned(): boolean {
    return this.isOwned;
  }
  async dispose(): Promise<void> {
    this.calls.push('dispose');
  }
}
