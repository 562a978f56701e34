// One backend for all tests of a file: started before them, disposed after (see backend.ts).
import { afterAll, beforeAll } from 'vitest';
import type { BackendOptions } from '@core/backend';
import { startBackend, type Caller, type TestBackend } from './backend';

export interface BackendFixture {
  /** Set once the file's beforeAll has run. */
  berth: TestBackend;
  /** The router as the front doors call it. */
  caller: Caller;
}

/** Call at a file's top level: it registers its own beforeAll and afterAll. */
export function backendFixture(dockerHost: string, options: Partial<BackendOptions> = {}): BackendFixture {
  const fixture = {} as BackendFixture;
  beforeAll(async () => {
    fixture.berth = await startBackend(dockerHost, options);
    fixture.caller = fixture.berth.caller();
  });
  afterAll(() => fixture.berth?.dispose());
  return fixture;
}
