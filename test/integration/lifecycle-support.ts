// Shared setup for the container lifecycle/run integration tests: a real backend on the harness
// engine, its router caller, and docker CLI helpers.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../src/main/core/backend';
import { appRouter } from '../../src/main/core/router';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { waitForValue } from '../support/wait';

export interface LifecycleWorld {
  backend: Backend;
  caller: ReturnType<typeof appRouter.createCaller>;
  docker(args: string[]): Promise<string>;
  inspect<T = unknown>(ref: string, format: string): Promise<T>;
  busybox: string;
  registry: string;
  name(prefix: string): string;
  dispose(): Promise<void>;
}

export async function startWorld(): Promise<LifecycleWorld> {
  const env = harnessEnv();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-lifecycle-'));
  const backend = createBackend({
    settingsPath: path.join(dir, 'settings.json'),
    engineOverride: env.dockerHost,
  });
  await waitForValue(
    () => (backend.engine.status().state === 'connected' ? true : undefined),
    'engine to connect',
  );
  const docker = (args: string[]) => dockerCli(env.dockerHost, args);
  const suffix = `${process.pid}-${Date.now().toString(36)}`;
  const made: string[] = [];
  let counter = 0;
  return {
    backend,
    caller: appRouter.createCaller(backend.context()),
    docker,
    inspect: async <T>(ref: string, format: string) =>
      JSON.parse(await docker(['inspect', '--format', `{{json ${format}}}`, ref])) as T,
    busybox: env.busyboxImage,
    registry: env.registry,
    name: (prefix) => {
      const name = `${prefix}-${suffix}-${counter++}`;
      made.push(name);
      return name;
    },
    dispose: async () => {
      if (made.length > 0) {
        const existing = (await docker(['ps', '-aq', '--format', '{{.Names}}'])).split('\n');
        const leftovers = made.filter((name) => existing.includes(name));
        if (leftovers.length > 0) await docker(['rm', '-fv', ...leftovers]).catch(() => undefined);
      }
      backend.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A shell loop that exits promptly on SIGTERM (busybox sleep as PID 1 would ignore it). */
export const TRAPPING = ['sh', '-c', 'trap "exit 0" TERM; while true; do sleep 1; done'];
