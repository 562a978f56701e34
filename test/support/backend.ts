// One real backend for integration tests: a throw-away settings folder, the engine override, a
// wait until the engine is connected, and a dispose that releases both.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend, type BackendOptions } from '@core/backend';
import type { Engine } from '@core/engine/engine';
import { appRouter } from '@core/router';
import { waitForValue } from './wait';

export type Caller = ReturnType<typeof appRouter.createCaller>;

export interface TestBackend {
  backend: Backend;
  /** The router as the front doors call it (a subscription stops when `signal` aborts). */
  caller(signal?: AbortSignal): Caller;
  /** Disposes the backend (everything it owns), then removes its settings folder. */
  dispose(): Promise<void>;
}

/** Waits, bounded, until the engine says it is connected (its first resync done). */
export async function waitConnected(engine: Engine, timeoutMs = 20_000): Promise<void> {
  await waitForValue(
    () => (engine.status().state === 'connected' ? true : undefined),
    'the engine to connect',
    {
      timeoutMs,
      intervalMs: 25,
    },
  );
}

/** `options` adds to the defaults below (e.g. a private `tempRoot`). */
export async function startBackend(
  dockerHost: string,
  options: Partial<BackendOptions> = {},
): Promise<TestBackend> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-it-'));
  const backend = createBackend({
    settingsPath: path.join(dir, 'settings.json'),
    engineOverride: dockerHost,
    // Berth's own engine, were anything to start it, lives in the throw-away folder.
    dataDir: path.join(dir, 'data'),
    autoStart: false,
    ...options,
  });
  const dispose = async () => {
    try {
      await backend.dispose();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    await waitConnected(backend.engine);
  } catch (error) {
    await dispose();
    throw error;
  }
  return {
    backend,
    caller: (signal) => appRouter.createCaller(backend.context(), signal ? { signal } : undefined),
    dispose,
  };
}
