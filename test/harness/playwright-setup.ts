// Playwright globalSetup: starts the harness and exposes it to workers through
// environment variables (workers inherit env set here); the returned function
// is Playwright's global teardown.
import type { FullConfig } from '@playwright/test';
import { startHarness } from './harness';

export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const h = await startHarness();
  process.env.BERTH_TEST_DOCKER_HOST_RESOLVED = h.dockerHost;
  process.env.BERTH_TEST_REGISTRY = h.registry;
  process.env.BERTH_TEST_BUSYBOX = h.busyboxImage;
  return () => h.stop();
}
