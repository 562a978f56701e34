// vitest globalSetup: starts the harness once per run (in the main process) and
// hands its coordinates to test workers via provide/inject (see inject.ts).
import type { TestProject } from 'vitest/node';
import { startHarness } from './harness';
import type { BerthTestEnv } from './inject';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const h = await startHarness();
  const env: BerthTestEnv = { dockerHost: h.dockerHost, registry: h.registry, busyboxImage: h.busyboxImage };
  project.provide('berth', env);
  if (process.env.BERTH_TEST_VERBOSE) console.log(`[berth harness] ready in ${Date.now() - started} ms`, env);
  return () => h.stop();
}
