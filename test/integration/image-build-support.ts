// Shared by the image-build integration tests: a backend against the harness engine, and a way to
// drain a subscription procedure called through the server-side caller.
import type { Backend } from '@core/backend';
import { startBackend, type Caller } from '../support/backend';

export interface TestBackend {
  backend: Backend;
  caller: Caller;
  dispose(): void;
}

export async function startTestBackend(dockerHost: string): Promise<TestBackend> {
  const berth = await startBackend(dockerHost);
  return { backend: berth.backend, caller: berth.caller(), dispose: berth.dispose };
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
