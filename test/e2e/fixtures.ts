// Playwright fixtures: one `berth serve` per worker against the harness engine (builds allowed
// from a per-worker --build-root), the docker CLI pointed at the same engine, and containers named
// for one test that are removed after it.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { dockerCli } from '../harness/cli';
import { containerSet, type ContainerSet } from '../support/container-set';
import { uniqueName } from '../support/names';
import { startServe, type ServeHandle } from '../support/serve-process';

export interface BerthFixture {
  serve: ServeHandle;
  /** The folder `berth serve` allows builds from (--build-root); contexts go under it. */
  buildRoot: string;
  dockerHost: string;
  registry: string;
  busybox: string;
  docker(args: string[], input?: string): Promise<string>;
  /** A name unique to this run, so tests never collide with leftovers. */
  uniqueName(prefix: string): string;
}

/** Unique container names (and `docker run -d` under one); removed after the test, passed or not. */
export type ContainersFixture = Pick<ContainerSet, 'name' | 'run'>;

function required(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: run the tests through playwright.config.ts (global setup).`);
  return value;
}

export const test = base.extend<{ containers: ContainersFixture }, { berth: BerthFixture }>({
  containers: async ({ berth }, use) => {
    const containers = containerSet(berth.dockerHost);
    await use(containers);
    await containers.cleanup();
  },
  berth: [
    async ({}, use) => {
      const dockerHost = required('BERTH_TEST_DOCKER_HOST_RESOLVED');
      const buildRoot = mkdtempSync(path.join(os.tmpdir(), 'berth-e2e-root-'));
      const serve = await startServe(dockerHost, { args: ['--build-root', buildRoot] });
      await use({
        serve,
        buildRoot,
        dockerHost,
        registry: required('BERTH_TEST_REGISTRY'),
        busybox: required('BERTH_TEST_BUSYBOX'),
        docker: (args, input) => dockerCli(dockerHost, args, input),
        uniqueName,
      });
      await serve.stop();
      rmSync(buildRoot, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
});

export { expect };
