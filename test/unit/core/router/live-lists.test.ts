// Core's live-list table: every resource has a Store, a `list` query and a `changes` feed in the
// router, and the feed sends the Store's changes in the shared Change shape, as they are (a
// mapper that renamed `item` or `items` on the way would fail here).
import { describe, expect, it } from 'vitest';
import { Store } from '@core/model/store';
import { appRouter, type Context } from '@core/router';
import { liveStores } from '@core/router/live-lists';
import { applyChanges, liveResources, type Change, type Keyed } from '@shared/api';

type Procedures = Record<string, { _def: { type: string } } | undefined>;
const procedures = (appRouter as unknown as { _def: { procedures: Procedures } })._def.procedures;

/** A context holding only the model's Stores: enough for every live list, no engine needed. */
function storesContext(): Context {
  const engine = {
    containers: new Store(),
    images: new Store(),
    volumes: new Store(),
    networks: new Store(),
  };
  return {
    engine,
    engines: { resolve: () => engine },
    activity: { store: new Store() },
  } as unknown as Context;
}

/** The keys of each message as sent: the wire format, whatever the item type. */
function shapeOf(change: Change<Keyed>): string {
  return `${change.type}:${Object.keys(change).sort().join(',')}`;
}

async function nextBatch(iterator: AsyncIterator<Change<Keyed>[]>): Promise<Change<Keyed>[]> {
  const next = await iterator.next();
  if (next.done) throw new Error('the feed ended');
  return next.value;
}

describe('live lists (core)', () => {
  it('has a Store for every resource and nothing else', () => {
    expect(Object.keys(liveStores).sort()).toEqual([...liveResources].sort());
  });

  it.each(liveResources)('%s has a list query and a changes subscription', (name) => {
    expect(procedures[`${name}.list`]?._def.type).toBe('query');
    expect(procedures[`${name}.changes`]?._def.type).toBe('subscription');
  });

  it.each(liveResources)('%s sends its Store and its changes as they are', async (name) => {
    const ctx = storesContext();
    const store = liveStores[name](ctx as never) as unknown as Store<Keyed & { name: string }>;
    const first = { id: `${name}-1`, name: 'first' };
    const second = { id: `${name}-2`, name: 'second' };
    store.upsert(first);

    const controller = new AbortController();
    const caller = appRouter.createCaller(ctx, { signal: controller.signal });
    const router = caller[name] as unknown as {
      list: () => Promise<Keyed[]>;
      changes: () => Promise<AsyncIterable<Change<Keyed>[]>>;
    };
    expect(await router.list()).toEqual([first]);
    const iterator = (await router.changes())[Symbol.asyncIterator]();
    try {
      const received = await nextBatch(iterator);
      expect(received).toEqual([{ type: 'snapshot', items: [first] }]);

      const renamed = { ...first, name: 'renamed' };
      store.upsert(second);
      store.upsert(renamed);
      store.remove(second.id);
      // The three may come in one batch or several; read until the remove (bounded by count).
      for (let i = 0; i < 3 && !received.some((change) => change.type === 'remove'); i++) {
        received.push(...(await nextBatch(iterator)));
      }
      expect(received.slice(1)).toEqual([
        { type: 'upsert', item: second },
        { type: 'upsert', item: renamed },
        { type: 'remove', id: second.id },
      ]);
      expect(received.map(shapeOf)).toEqual([
        'snapshot:items,type',
        'upsert:item,type',
        'upsert:item,type',
        'remove:id,type',
      ]);
      // What the renderer does with them gives the Store's list.
      expect(applyChanges(undefined, received)).toEqual(store.list());
    } finally {
      controller.abort();
      await iterator.return?.();
    }
  });
});
