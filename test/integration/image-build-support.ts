// Shared by the image-build integration tests: a backend against the harness engine, and a way to
// drain a subscription procedure called through the server-side caller.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../src/main/core/backend';
import { appRouter } from '../../src/main/core/router';
import { waitForValue } from '../support/wait';

export interface TestBackend {
  backend: Backend;
  caller: ReturnType<typeof appRouter.createCaller>;
  dispose(): void;
}

export async function startTestBackend(dockerHost: string): Promise<TestBackend> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-it-build-'));
  const backend = createBackend({
    settingsPath: path.join(dir, 'settings.json'),
    engineOverride: dockerHost,
  });
  await waitForValue(
    () => (backend.engine.status().state === 'connected' ? true : undefined),
    'engine to connect',
    { timeoutMs: 20_000 },
  );
  return {
    backend,
    caller: appRouter.createCaller(backend.context()),
    dispose() {
      backend.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Collects every item of a subscription's batches (bounded by `max`). */
export async function drain<T>(iterable: AsyncIterable<T[] | T>, max = 100_000): Promise<T[]> {
  const all: T[] = [];
  for await (const batch of iterable) {
    if (Array.isArray(batch)) all.push(...batch);
    else all.push(batch);
    if (all.length > max) throw new Error(`more than ${max} items`);
  }
  return all;
}
