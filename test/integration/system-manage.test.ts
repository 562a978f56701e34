// The System page's backend against the real engine: disk usage as `docker system df`, a system
// prune that removes exactly what its preview listed (volumes only when asked), and the events
// feed showing a `docker run` as it happens, from the model's own event stream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineEventRow } from '@shared/api/system';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startBackend, type Caller, type TestBackend } from '../support/backend';
import { uniqueName } from '../support/names';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
let berth: TestBackend;
let caller: Caller;

beforeAll(async () => {
  berth = await startBackend(env.dockerHost);
  caller = berth.caller();
});

afterAll(() => berth?.dispose());

describe('system', () => {
  it('reports disk usage with the counts docker system df gives', async () => {
    const usage = await caller.system.diskUsage();
    const images = (await docker(['images', '-q'])).trim().split('\n').filter(Boolean);
    expect(usage.images.total).toBe(new Set(images).size);
    expect(usage.images.size).toBeGreaterThan(0);
    expect(usage.images.reclaimable).toBeLessThanOrEqual(usage.images.size);
  });

  it('prunes exactly the preview: volumes only when ticked, later containers survive', async () => {
    const stopped = uniqueName('it-sys-stopped');
    const late = uniqueName('it-sys-late');
    const volume = uniqueName('it-sys-vol');
    try {
      await docker(['create', '--name', stopped, env.busyboxImage, 'true']);
      await docker(['volume', 'create', volume]);
      const engine = berth.backend.engine;
      const id = await waitForValue(
        () => engine.containers.list().find((c) => c.name === stopped)?.id,
        'container',
      );
      await waitForValue(() => engine.volumes.get(volume), 'volume');
      const without = await caller.system.prunePreview({ images: 'dangling', volumes: false });
      expect(without.containers.map((c) => c.name)).toContain(stopped);
      expect(without.volumes).toEqual([]);
      const withVolumes = await caller.system.prunePreview({ images: 'dangling', volumes: true });
      expect(withVolumes.volumes.map((v) => v.name)).toContain(volume);
      await docker(['create', '--name', late, env.busyboxImage, 'true']);
      // Only this test's items: others on the shared engine are not ours to remove.
      const result = await caller.system.prune({
        containers: [id],
        networks: [],
        images: [],
        imageMode: 'dangling',
        volumes: [volume],
        buildCache: false,
      });
      expect(result).toMatchObject({ containers: 1, volumes: 1, failed: [] });
      const names = await docker(['ps', '-a', '--format', '{{.Names}}']);
      expect(names).not.toContain(stopped);
      expect(names).toContain(late);
    } finally {
      await docker(['rm', '-f', stopped, late]).catch(() => undefined);
      await docker(['volume', 'rm', '-f', volume]).catch(() => undefined);
    }
  });

  it('streams engine events as they happen', async () => {
    const name = uniqueName('it-sys-events');
    const stop = new AbortController();
    const seen: EngineEventRow[] = [];
    const feed = (async () => {
      for await (const batch of await berth.caller(stop.signal).system.events()) {
        seen.push(...batch);
        if (seen.some((e) => e.type === 'container' && e.action === 'die' && e.actorName === name)) return;
      }
    })();
    try {
      // The subscription is live once its listener is on the engine.
      await waitForValue(
        () =>
          (
            berth.backend.engine as unknown as { emitter: { listenerCount(e: string): number } }
          ).emitter.listenerCount('event') > 0
            ? true
            : undefined,
        'events listener',
      );
      await docker(['run', '--rm', '--name', name, env.busyboxImage, 'true']);
      await waitForValue(
        () => (seen.some((e) => e.actorName === name && e.action === 'die') ? true : undefined),
        'the run in the events',
      );
      const actions = seen.filter((e) => e.actorName === name).map((e) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['create', 'start', 'die']));
      expect(seen.find((e) => e.actorName === name)!.time).toBeGreaterThan(Date.now() - 60_000);
    } finally {
      stop.abort();
      await feed.catch(() => undefined);
    }
  });
});
