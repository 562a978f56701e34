// Engine identity against the real engine: a call that names no engine reaches the active one, an
// unknown engineId is refused in words, every list item and change says which engine it is from,
// and a second engine in the registry is reached by its id alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverEngine } from '@core/engine/discovery';
import { Engine } from '@core/engine/engine';
import { DEFAULT_ENGINE_ID } from '@core/engine/registry';
import type { Change, Keyed } from '@shared/api';
import { harnessEnv } from '../harness/inject';
import { startBackend, waitConnected, type TestBackend } from '../support/backend';
import { containerFixture } from '../support/containers';
import { trpcFailure as failure } from '../support/trpc-failure';
import { unstartedEngine } from '../support/unstarted-engine';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const containers = containerFixture(env.dockerHost);
let berth: TestBackend;
let name: string;

/** The first message of a change feed, then the feed is left. */
async function firstBatch<T>(open: (signal: AbortSignal) => Promise<AsyncIterable<T>>): Promise<T> {
  const controller = new AbortController();
  try {
    for await (const batch of await open(controller.signal)) return batch;
    throw new Error('the feed ended without a message');
  } finally {
    controller.abort();
  }
}

beforeAll(async () => {
  berth = await startBackend(env.dockerHost);
  name = await containers.run('it-engine-id', [env.busyboxImage, 'sleep', '300']);
});

afterAll(() => berth?.dispose());

/** The items a batch of changes carries (a feed's first batch is a snapshot). */
function itemsOf<T extends Keyed>(batch: Change<T>[]): T[] {
  return batch.flatMap((change) =>
    change.type === 'snapshot' ? change.items : change.type === 'upsert' ? [change.item] : [],
  );
}

describe('the active engine', () => {
  it('is the one engine the Backend discovers, under its stable id', async () => {
    const engines = await berth.caller().engine.list();
    expect(engines.map(({ id, active }) => ({ id, active }))).toEqual([
      { id: DEFAULT_ENGINE_ID, active: true },
    ]);
    expect(engines[0]!.status.state).toBe('connected');
  });

  it('is reached by a call that names no engine, and its list items say so', async () => {
    const caller = berth.caller();
    const mine = await waitForContainer(() => caller.containers.list());
    expect(mine.engineId).toBe(DEFAULT_ENGINE_ID);
    const lists = {
      containers: await caller.containers.list(),
      images: await caller.images.list(),
      volumes: await caller.volumes.list(), // may be empty on a fresh engine
      networks: await caller.networks.list(),
    };
    expect(lists.images.length * lists.networks.length).toBeGreaterThan(0);
    for (const list of Object.values(lists)) {
      expect(list.every((item) => item.engineId === DEFAULT_ENGINE_ID)).toBe(true);
    }
    expect((await caller.containers.inspect({ id: name })).name).toBe(name);
  });

  it('sends changes whose items say which engine they are from', async () => {
    const batch = await firstBatch((signal) => berth.caller(signal).containers.changes());
    expect(batch[0]).toMatchObject({ type: 'snapshot' });
    expect(itemsOf(batch).length).toBeGreaterThan(0);
    expect(itemsOf(batch).every((item) => item.engineId === DEFAULT_ENGINE_ID)).toBe(true);
  });

  it("says an engine's refusal in the engine's words", async () => {
    const error = await failure(() => berth.caller().containers.inspect({ id: `${name}-missing` }));
    expect(error.message).toMatch(/No such container/i);
  });
});

describe('an engine id', () => {
  it('that Berth does not hold is refused as NOT_FOUND, in words', async () => {
    const caller = berth.caller();
    for (const call of [
      () => caller.containers.list({ engineId: 'elsewhere' }),
      () => caller.containers.stop({ id: name, engineId: 'elsewhere' }),
      () => caller.engine.info({ engineId: 'elsewhere' }),
    ]) {
      const error = await failure(call);
      expect(error.code).toBe('NOT_FOUND');
      expect(error.message).toBe('Berth has no engine with the id "elsewhere" (it has: default).');
    }
    // Nothing was done to the container on the active engine.
    expect((await caller.containers.inspect({ id: name })).state).toBe('running');
  });

  it("selects another engine's lists, changes and calls", async () => {
    const second = new Engine({
      id: 'second',
      discover: () => discoverEngine({ settingsHost: env.dockerHost, env: {} }),
    });
    const down = unstartedEngine('down');
    const { engines } = berth.backend;
    engines.add(second);
    engines.add(down);
    second.start();
    try {
      await waitConnected(second);
      const caller = berth.caller();
      const mine = await waitForContainer(() => caller.containers.list({ engineId: 'second' }));
      expect(mine.engineId).toBe('second');
      expect(new Set((await caller.images.list({ engineId: 'second' })).map((i) => i.engineId))).toEqual(
        new Set(['second']),
      );
      expect((await caller.engine.status({ engineId: 'second' })).state).toBe('connected');
      const batch = await firstBatch((signal) =>
        berth.caller(signal).networks.changes({ engineId: 'second' }),
      );
      expect(itemsOf(batch).length).toBeGreaterThan(0);
      expect(itemsOf(batch).every((item) => item.engineId === 'second')).toBe(true);
      // The active engine is still the default one.
      expect((await caller.containers.list()).every((c) => c.engineId === DEFAULT_ENGINE_ID)).toBe(true);

      const error = await failure(() => caller.containers.stop({ id: name, engineId: 'down' }));
      expect(error.code).toBe('PRECONDITION_FAILED');
      expect(error.message).toBe('The Docker engine is not connected.');
    } finally {
      engines.remove('second');
      engines.remove('down');
      second.stop();
    }
  });
});

/** The test's container in a list; the model follows events, so a bounded wait. */
function waitForContainer<T extends { name: string }>(list: () => Promise<T[]>): Promise<T> {
  return waitForValue(async () => (await list()).find((item) => item.name === name), `${name} in the list`);
}
