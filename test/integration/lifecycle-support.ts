// Shared setup for the container lifecycle/run integration tests: a real backend on the harness
// engine, its router caller, and docker CLI helpers.
import type { Backend } from '@core/backend';
import { startBackend, type Caller } from '../support/backend';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { containerFixture } from '../support/containers';

export interface LifecycleWorld {
  backend: Backend;
  caller: Caller;
  docker(args: string[]): Promise<string>;
  inspect<T = unknown>(ref: string, format: string): Promise<T>;
  busybox: string;
  registry: string;
  name(prefix: string): string;
  dispose(): Promise<void>;
}

export async function startWorld(): Promise<LifecycleWorld> {
  const env = harnessEnv();
  const berth = await startBackend(env.dockerHost);
  const { backend } = berth;
  const docker = (args: string[]) => dockerCli(env.dockerHost, args);
  const containers = containerFixture(env.dockerHost, { afterAll: false });
  return {
    backend,
    caller: berth.caller(),
    docker,
    inspect: async <T>(ref: string, format: string) =>
      JSON.parse(await docker(['inspect', '--format', `{{json ${format}}}`, ref])) as T,
    busybox: env.busyboxImage,
    registry: env.registry,
    name: containers.name,
    dispose: async () => {
      await containers.cleanup();
      berth.dispose();
    },
  };
}

/** A shell loop that exits promptly on SIGTERM (busybox sleep as PID 1 would ignore it). */
export const TRAPPING = ['sh', '-c', 'trap "exit 0" TERM; while true; do sleep 1; done'];
