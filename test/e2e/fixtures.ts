// Playwright fixtures: one `berth serve` per worker against the harness engine, and the docker
// CLI pointed at the same engine.
import { test as base, expect } from '@playwright/test';
import { dockerCli } from '../harness/cli';
import { startServe, type ServeHandle } from '../support/serve-process';

export interface BerthFixture {
  serve: ServeHandle;
  dockerHost: string;
  registry: string;
  busybox: string;
  docker(args: string[], input?: string): Promise<string>;
  /** A name unique to this run, so tests never collide with leftovers. */
  uniqueName(prefix: string): string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the tests through playwright.config.ts (global setup).`);
  return value;
}

export const test = base.extend<object, { berth: BerthFixture }>({
  berth: [
    async ({}, use) => {
      const dockerHost = required('BERTH_TEST_DOCKER_HOST_RESOLVED');
      const serve = await startServe(dockerHost);
      let counter = 0;
      await use({
        serve,
        dockerHost,
        registry: required('BERTH_TEST_REGISTRY'),
        busybox: required('BERTH_TEST_BUSYBOX'),
        docker: (args, input) => dockerCli(dockerHost, args, input),
        uniqueName: (prefix) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter++}`,
      });
      await serve.stop();
    },
    { scope: 'worker' },
  ],
});

export { expect };
