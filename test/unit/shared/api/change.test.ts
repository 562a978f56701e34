// The one function that patches a live list with pushed changes, as the renderer's cache uses it.
import { describe, expect, it } from 'vitest';
import { applyChanges, type Change } from '@shared/api';

interface Item {
  id: string;
  name: string;
}

const a = { id: 'a', name: 'alpha' };
const b = { id: 'b', name: 'beta' };
const c = { id: 'c', name: 'gamma' };

describe('applyChanges', () => {
  it('takes a snapshot as the whole list, replacing what was there', () => {
    expect(applyChanges<Item>(undefined, [{ type: 'snapshot', items: [a, b] }])).toEqual([a, b]);
    expect(applyChanges<Item>([c], [{ type: 'snapshot', items: [a] }])).toEqual([a]);
    expect(applyChanges<Item>([a, b], [{ type: 'snapshot', items: [] }])).toEqual([]);
  });

  it('appends an upsert of a new item, to an empty or missing list too', () => {
    expect(applyChanges<Item>([a], [{ type: 'upsert', item: b }])).toEqual([a, b]);
    expect(applyChanges<Item>(undefined, [{ type: 'upsert', item: c }])).toEqual([c]);
  });

  it('replaces an upserted item that exists, in its place', () => {
    const renamed = { id: 'a', name: 'alpha two' };
    expect(applyChanges<Item>([a, b, c], [{ type: 'upsert', item: renamed }])).toEqual([renamed, b, c]);
  });

  it('removes by key; an unknown key changes nothing', () => {
    expect(applyChanges<Item>([a, b, c], [{ type: 'remove', id: 'b' }])).toEqual([a, c]);
    expect(applyChanges<Item>([a], [{ type: 'remove', id: 'zzz' }])).toEqual([a]);
    expect(applyChanges<Item>(undefined, [{ type: 'remove', id: 'a' }])).toEqual([]);
  });

  it('applies a batch in order', () => {
    const a2 = { id: 'a', name: 'alpha two' };
    // Remove then re-add puts it last; add then remove leaves it out; upserts after a remove
    // that shifted positions still land on the right item.
    expect(
      applyChanges<Item>(
        [a, b, c],
        [
          { type: 'remove', id: 'a' },
          { type: 'upsert', item: a },
        ],
      ),
    ).toEqual([b, c, a]);
    expect(
      applyChanges<Item>(
        [a],
        [
          { type: 'upsert', item: b },
          { type: 'remove', id: 'b' },
        ],
      ),
    ).toEqual([a]);
    expect(
      applyChanges<Item>(
        [b, a, c],
        [
          { type: 'remove', id: 'b' },
          { type: 'upsert', item: a2 },
          { type: 'upsert', item: b },
        ],
      ),
    ).toEqual([a2, c, b]);
  });

  it('lets a snapshot in the middle of a batch drop what came before it, and keeps what follows', () => {
    const changes: Change<Item>[] = [
      { type: 'upsert', item: c },
      { type: 'snapshot', items: [a] },
      { type: 'upsert', item: b },
      { type: 'remove', id: 'a' },
    ];
    expect(applyChanges<Item>([c], changes)).toEqual([b]);
  });

  it('never changes the list or the snapshot it was given (the cache compares by reference)', () => {
    const current = [a, b];
    const snapshot = [a];
    const next = applyChanges<Item>(current, [{ type: 'upsert', item: c }]);
    expect(next).not.toBe(current);
    expect(current).toEqual([a, b]);
    applyChanges<Item>(undefined, [
      { type: 'snapshot', items: snapshot },
      { type: 'upsert', item: b },
      { type: 'remove', id: 'a' },
    ]);
    expect(snapshot).toEqual([a]);
  });

  it('returns the same list for an empty batch', () => {
    const current = [a];
    expect(applyChanges<Item>(current, [])).toBe(current);
  });
});
