// Shared by the pull/push and registry-auth integration tests: a backend against the harness
// engine with in-memory credentials, and a way to wait for an activity to end.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Activity } from '../../src/shared/api';
import { createBackend, type Backend } from '../../src/main/core/backend';
import { appRouter } from '../../src/main/core/router';
import { installSecretStore } from '../../src/main/core/registries/credentials';
import { MemorySecretStore } from '../../src/main/core/registries/secret-store';
import { waitForValue } from '../support/wait';

export interface TransferBackend {
  backend: Backend;
  caller: ReturnType<typeof appRouter.createCaller>;
  /** Every published state of every activity, in order. */
  history: Activity[];
  dispose(): void;
}

export async function startTransferBackend(dockerHost: string): Promise<TransferBackend> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-transfer-'));
  const backend = createBackend({
    settingsPath: path.join(dir, 'settings.json'),
    engineOverride: dockerHost,
  });
  installSecretStore(backend.settings, new MemorySecretStore());
  const history: Activity[] = [];
  const stop = backend.activity.store.onChange((change) => {
    if (change.type === 'upsert') history.push(change.item);
  });
  await waitForValue(() => (backend.engine.status().state === 'connected' ? true : undefined), 'engine', {
    timeoutMs: 20_000,
  });
  return {
    backend,
    caller: appRouter.createCaller(backend.context()),
    history,
    dispose() {
      stop();
      backend.dispose();
      rmSync(dir, { recursive: true, force: true });
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

export function uniqueSuffix(): string {
  return `${process.pid}-${Date.now().toString(36)}`;
}
