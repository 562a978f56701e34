// Engine objects a test makes under unique names: containers, and the networks and volumes they
// may use. cleanup() removes the containers first (a network or volume in use cannot go), then the
// rest. Free of any test runner, like container-set.ts; engineObjectsFixture (containers.ts) hooks
// it into vitest.
import { dockerCli } from '../harness/cli';
import { containerSet, type ContainerSet } from './container-set';
import { uniqueName } from './names';

export interface EngineObjects {
  containers: ContainerSet;
  /** A unique network name, removed at cleanup. */
  network(prefix: string): string;
  /** A unique volume name, removed at cleanup. */
  volume(prefix: string): string;
  cleanup(): Promise<void>;
}

export function engineObjects(dockerHost: string): EngineObjects {
  const containers = containerSet(dockerHost);
  const made = { network: [] as string[], volume: [] as string[] };
  const named = (kind: keyof typeof made) => (prefix: string) => {
    const name = uniqueName(prefix);
    made[kind].push(name);
    return name;
  };
  return {
    containers,
    network: named('network'),
    volume: named('volume'),
    async cleanup() {
      await containers.cleanup();
      // One by one: a test may have removed some itself.
      for (const kind of ['network', 'volume'] as const)
        for (const name of made[kind].splice(0))
          await dockerCli(dockerHost, [kind, 'rm', name]).catch(() => undefined);
    },
  };
}
