// Containers a test makes, removed (with their anonymous volumes) when the file's tests are done,
// whether they passed or not. Names are unique (see names.ts).
import { afterAll } from 'vitest';
import { dockerCli } from '../harness/cli';
import { uniqueName } from './names';

export interface ContainerFixture {
  /** A unique name that is removed at the end, for a container the test creates itself. */
  name(prefix: string): string;
  /** `docker run -d --name <unique> ...args`; resolves with the name. */
  run(prefix: string, args: string[]): Promise<string>;
  /** Removes every container made so far (also done after all tests of the file). */
  cleanup(): Promise<void>;
}

/**
 * Call at a file's top level: it registers its own afterAll. Made inside a hook (where afterAll
 * cannot be registered), pass `{ afterAll: false }` and call cleanup() yourself.
 */
export function containerFixture(dockerHost: string, options = { afterAll: true }): ContainerFixture {
  const made = new Set<string>();
  const fixture: ContainerFixture = {
    name(prefix) {
      const name = uniqueName(prefix);
      made.add(name);
      return name;
    },
    async run(prefix, args) {
      const name = fixture.name(prefix);
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
  if (options.afterAll) afterAll(() => fixture.cleanup());
  return fixture;
}
