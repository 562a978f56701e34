import { describe, expect, it } from 'vitest';
import { Store } from '@core/model/store';
import type { Change } from '@shared/api';

interface Item {
  id: string;
  name: string;
  tags: string[];
}

function watched(): { store: Store<Item>; changes: Change<Item>[] } {
  const store = new Store<Item>();
  const changes: Change<Item>[] = [];
  store.onChange((change) => changes.push(change));
  return { store, changes };
}

const a = { id: 'a', name: 'alpha', tags: ['x'] };
const b = { id: 'b', name: 'beta', tags: [] };

describe('Store', () => {
  it('upserts new items and reports them', () => {
    const { store, changes } = watched();
    store.upsert(a);
    store.upsert(b);
    expect(store.size).toBe(2);
    expect(store.get('a')).toEqual(a);
    expect(store.list()).toEqual([a, b]);
    expect(changes).toEqual([
      { type: 'upsert', item: a },
      { type: 'upsert', item: b },
    ]);
  });

  it('stays quiet when an upsert changes nothing, even for a deep-equal copy', () => {
    const { store, changes } = watched();
    store.upsert(a);
    store.upsert(a);
    store.upsert({ id: 'a', name: 'alpha', tags: ['x'] });
    expect(changes).toHaveLength(1);
  });

  it('reports an upsert that changes a nested field', () => {
    const { store, changes } = watched();
    store.upsert(a);
    const changed = { ...a, tags: ['x', 'y'] };
    store.upsert(changed);
    expect(changes).toEqual([
      { type: 'upsert', item: a },
      { type: 'upsert', item: changed },
    ]);
    expect(store.get('a')).toEqual(changed);
  });

  it('removes items, reporting only those it held', () => {
    const { store, changes } = watched();
    store.upsert(a);
    store.remove('a');
    store.remove('a');
    store.remove('never');
    expect(store.size).toBe(0);
    expect(store.get('a')).toBeUndefined();
    expect(changes).toEqual([
      { type: 'upsert', item: a },
      { type: 'remove', id: 'a' },
    ]);
  });

  it('reset replaces everything and announces one snapshot', () => {
    const { store, changes } = watched();
    store.upsert(a);
    const c = { id: 'c', name: 'gamma', tags: [] };
    store.reset([b, c]);
    expect(store.list()).toEqual([b, c]);
    expect(store.get('a')).toBeUndefined();
    expect(changes.at(-1)).toEqual({ type: 'snapshot', items: [b, c] });
    expect(changes).toHaveLength(2);
  });

  it('clear empties the store with an empty snapshot', () => {
    const { store, changes } = watched();
    store.upsert(a);
    store.clear();
    expect(store.size).toBe(0);
    expect(changes.at(-1)).toEqual({ type: 'snapshot', items: [] });
  });

  it('replaceWithDelta announces only what was added, changed or removed', () => {
    const { store, changes } = watched();
    const c = { id: 'c', name: 'gamma', tags: [] };
    store.reset([a, b, c]);
    changes.length = 0;

    const renamedB = { ...b, name: 'beta 2' };
    const d = { id: 'd', name: 'delta', tags: [] };
    store.replaceWithDelta([{ ...a }, renamedB, d]);

    expect(changes).toEqual([
      { type: 'upsert', item: renamedB },
      { type: 'upsert', item: d },
      { type: 'remove', id: 'c' },
    ]);
    expect(store.list().map((item) => item.id)).toEqual(['a', 'b', 'd']);
  });

  it('replaceWithDelta with identical content emits nothing', () => {
    const { store, changes } = watched();
    store.reset([a, b]);
    changes.length = 0;
    store.replaceWithDelta([structuredClone(b), structuredClone(a)]);
    expect(changes).toEqual([]);
  });

  it('stops calling a listener after it unsubscribes', () => {
    const store = new Store<Item>();
    const seen: Change<Item>[] = [];
    const off = store.onChange((change) => seen.push(change));
    store.upsert(a);
    off();
    store.upsert(b);
    expect(seen).toHaveLength(1);
  });
});
