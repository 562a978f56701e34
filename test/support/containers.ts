// Containers a test makes, removed (with their anonymous volumes) when the file's tests are done,
// whether they passed or not. Names are unique (see names.ts).
import { afterAll } from 'vitest';
import { containerSet, type ContainerSet } from './container-set';
import { engineObjects, type EngineObjects } from './engine-objects';

export type ContainerFixture = ContainerSet;

/**
 * Call at a file's top level: it registers its own afterAll. Made inside a hook (where afterAll
 * cannot be registered), pass `{ afterAll: false }` and call cleanup() yourself.
 */
export function containerFixture(dockerHost: string, options = { afterAll: true }): ContainerFixture {
  const fixture = containerSet(dockerHost);
  if (options.afterAll) afterAll(() => fixture.cleanup());
  return fixture;
}

/** Containers, networks and volumes of one file, removed (containers first) after its tests. */
export function engineObjectsFixture(dockerHost: string): EngineObjects {
  const objects = engineObjects(dockerHost);
  afterAll(() => objects.cleanup());
  return objects;
}
