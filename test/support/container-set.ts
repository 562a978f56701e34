// Containers a test makes under unique names, removed (with their anonymous volumes) on cleanup().
// Free of any test runner, so vitest files (containers.ts) and Playwright fixtures share it.
import { dockerCli } from '../harness/cli';
import { uniqueName } from './names';

export interface ContainerSet {
  /** A unique name that is removed at cleanup, for a container the test creates itself. */
  name(prefix: string): string;
  /** `docker run -d --name <unique> ...args`; resolves with the name. */
  run(prefix: string, args: string[]): Promise<string>;
  /** Removes every container made so far. */
  cleanup(): Promise<void>;
}

export function containerSet(dockerHost: string): ContainerSet {
  const made = new Set<string>();
  const set: ContainerSet = {
    name(prefix) {
      const name = uniqueName(prefix);
      made.add(name);
      return name;
    },
    async run(prefix, args) {
      const name = set.name(prefix);
      await dockerCli(dockerHost, ['run', '-d', '--name', name, ...args]);
      return name;
    },
    async cleanup() {
      const names = [...made];
      made.clear();
      if (names.length === 0) return;
      const existing = new Set(
        (await dockerCli(dockerHost, ['ps', '-aq', '--format', '{{.Names}}'])).split('\n'),
      );
      const leftovers = names.filter((name) => existing.has(name));
      if (leftovers.length > 0)
        await dockerCli(dockerHost, ['rm', '-fv', ...leftovers]).catch(() => undefined);
    },
  };
  return set;
}
