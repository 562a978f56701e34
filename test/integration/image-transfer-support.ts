// Shared by the pull/push and registry-auth integration tests: a backend against the harness
// engine with in-memory credentials, and a way to wait for an activity to end.
import type { Activity } from '@shared/api';
import type { Backend } from '@core/backend';
import { startBackend, type Caller } from '../support/backend';
import { installSecretStore } from '@core/registries/credentials';
import { MemorySecretStore } from '@core/registries/secret-store';
import { waitForValue } from '../support/wait';

export interface TransferBackend {
  backend: Backend;
  caller: Caller;
  /** Every published state of every activity, in order. */
  history: Activity[];
  dispose(): void;
}

export async function startTransferBackend(dockerHost: string): Promise<TransferBackend> {
  const berth = await startBackend(dockerHost);
  const { backend } = berth;
  installSecretStore(backend.services, new MemorySecretStore());
  const history: Activity[] = [];
  const stop = backend.activity.store.onChange((change) => {
    if (change.type === 'upsert') history.push(change.item);
  });
  return {
    backend,
    caller: berth.caller(),
    history,
    dispose() {
      stop();
      berth.dispose();
    },
  };
}

export function waitForEnd(backend: Backend, activityId: string, timeoutMs = 60_000): Promise<Activity> {
  return waitForValue(
    () => {
      const activity = backend.activity.store.get(activityId);
      return activity && activity.state !== 'running' ? activity : undefined;
    },
    `activity ${activityId} to end`,
    { timeoutMs, intervalMs: 50 },
  );
}
