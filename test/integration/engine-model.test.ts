// The engine core against a real dockerd: discovery through settings, the model's first list,
// and /events patching it (create, start, stop, rename, destroy; image tag and remove).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContainerSummary } from '@shared/api';
import { discoverEngine } from '@core/engine/discovery';
import { Engine } from '@core/engine/engine';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { waitForValue } from '../support/wait';
import { startBackend, type TestBackend } from '../support/backend';
import { runId } from '../support/names';
const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = runId;

let berth: TestBackend;
let engine: Engine;

function byName(name: string): ContainerSummary | undefined {
  return engine.containers.list().find((container) => container.name === name);
}

beforeAll(async () => {
  berth = await startBackend(env.dockerHost);
  engine = berth.backend.engine;
});

afterAll(() => berth?.dispose());

describe('Engine against a real dockerd', () => {
  it('reports the endpoint, why it was chosen, and the version', () => {
    const status = engine.status();
    expect(status.state).toBe('connected');
    expect(status.endpoint).toMatchObject({ host: env.dockerHost, source: 'settings', kind: 'unix' });
    expect(status.version?.api).toMatch(/^1\.\d+$/);
    expect(status.version?.engine).toBeTruthy();
  });

  it('lists the busybox image with its tag', () => {
    const image = engine.images.list().find((candidate) => candidate.repoTags.includes(env.busyboxImage));
    expect(image).toBeDefined();
    expect(image!.size).toBeGreaterThan(100_000);
  });

  it('patches the model from events through a container lifecycle', async () => {
    const name = `it-life-${suffix}`;
    const renamed = `${name}-renamed`;
    const seen: string[] = [];
    const unsubscribe = engine.containers.onChange((change) => seen.push(change.type));
    try {
      await docker([
        'create',
        '--name',
        name,
        '--label',
        'com.docker.compose.project=demo',
        env.busyboxImage,
        'sleep',
        '300',
      ]);
      const created = await waitForValue(() => byName(name), 'created container in the model');
      expect(created.state).toBe('created');
      expect(created.composeProject).toBe('demo');

      await docker(['start', name]);
      await waitForValue(() => (byName(name)?.state === 'running' ? true : undefined), 'running state');

      await docker(['stop', '-t', '0', name]);
      const stopped = await waitForValue(
        () => (byName(name)?.state === 'exited' ? byName(name) : undefined),
        'exited state',
      );
      expect(stopped.exitCode).toBe(137);

      await docker(['rename', name, renamed]);
      await waitForValue(() => byName(renamed), 'renamed container');
      expect(byName(name)).toBeUndefined();

      await docker(['rm', renamed]);
      await waitForValue(() => (byName(renamed) ? undefined : true), 'removed container');
      // Only deltas flowed: no full snapshot was needed for any of this.
      expect(seen).not.toContain('snapshot');
      expect(seen.filter((type) => type === 'upsert').length).toBeGreaterThanOrEqual(4);
      expect(seen).toContain('remove');
    } finally {
      unsubscribe();
      await docker(['rm', '-f', name, renamed]).catch(() => undefined);
    }
  });

  it('counts the containers that use an image, following creates and removals', async () => {
    const name = `it-usage-${suffix}`;
    const busybox = () => engine.images.list().find((image) => image.repoTags.includes(env.busyboxImage))!;
    const users = () =>
      engine.containers.list().filter((container) => container.imageId === busybox().id).length;
    // The count agrees with the container model once the debounced image re-list has run.
    const settledCount = (predicate: (count: number) => boolean) =>
      waitForValue(() => {
        const count = busybox().containers;
        return count === users() && predicate(count) ? count : undefined;
      }, 'image usage count to settle');

    await docker(['create', '--name', name, env.busyboxImage, 'true']);
    try {
      await waitForValue(() => byName(name), 'the new container');
      const withIt = await settledCount((count) => count >= 1);
      await docker(['rm', '-f', name]);
      await waitForValue(() => (byName(name) ? undefined : true), 'the container to go');
      await settledCount((count) => count === withIt - 1);
    } finally {
      await docker(['rm', '-f', name]).catch(() => undefined);
    }
  });

  it('follows image tag and untag events', async () => {
    const tag = `berth-it/tagged:${suffix}`;
    await docker(['tag', env.busyboxImage, tag]);
    await waitForValue(
      () => engine.images.list().find((image) => image.repoTags.includes(tag)),
      'new tag in the model',
    );
    await docker(['rmi', tag]);
    await waitForValue(
      () => (engine.images.list().some((image) => image.repoTags.includes(tag)) ? undefined : true),
      'tag gone from the model',
    );
  });

  it('gives a readable reason when the engine is not there', async () => {
    const missing = new Engine({
      id: 'missing',
      discover: () => discoverEngine({ settingsHost: 'unix:///nonexistent/berth.sock', env: {} }),
      backoffMs: [60_000],
    });
    missing.start();
    try {
      const status = await waitForValue(
        () => (missing.status().state === 'disconnected' ? missing.status() : undefined),
        'disconnected status',
      );
      expect(status.reason).toContain('/nonexistent/berth.sock');
      expect(status.reason).toMatch(/does not exist|Is Docker running/);
      expect(() => missing.api()).toThrow(/socket does not exist/);
    } finally {
      missing.stop();
    }
  });
});
