// Test-side access to what vitest-setup.ts provided (vitest's provide/inject),
// so test files get the engine/registry/image without touching env variables.
import { inject } from 'vitest';

export interface BerthTestEnv {
  /** unix:///... socket of the test engine */
  dockerHost: string;
  /** 127.0.0.1:PORT of the plain-HTTP test registry */
  registry: string;
  /** Reference of the imported busybox image */
  busyboxImage: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    berth: BerthTestEnv;
  }
}

export function harnessEnv(): BerthTestEnv {
  const env = inject('berth');
  if (!env) throw new Error("harness not provided: add 'test/harness/vitest-setup.ts' to globalSetup");
  return env;
}
