// One change to a live list, the same from core's model to the renderer's cache: core's Store
// emits it, the router sends it as it is, and the renderer patches its cached list with
// applyChanges. A snapshot replaces the whole list (the first message, and after a resync).

/** What a live list holds: items with a stable key. */
export interface Keyed {
  id: string;
}

export type Change<T extends Keyed> =
  { type: 'snapshot'; items: T[] } | { type: 'upsert'; item: T } | { type: 'remove'; id: T['id'] };

/**
 * The list after `changes`, in order. An upsert of a new item appends it; of a known one replaces
 * it in place; a remove of an unknown key does nothing. `current` is never mutated (react-query
 * compares by reference), and an empty batch returns it as it is.
 */
export function applyChanges<T extends Keyed>(
  current: readonly T[] | undefined,
  changes: readonly Change<T>[],
): T[] {
  let list = (current ?? []) as T[];
  let index: Map<string, number> | null = null;
  for (const change of changes) {
    if (change.type === 'snapshot') {
      list = change.items;
      index = null;
      continue;
    }
    if (!index) {
      list = [...list];
      index = new Map(list.map((item, i) => [item.id, i]));
    }
    if (change.type === 'upsert') {
      const at = index.get(change.item.id);
      if (at === undefined) {
        index.set(change.item.id, list.length);
        list.push(change.item);
      } else {
        list[at] = change.item;
      }
    } else {
      const at = index.get(change.id);
      if (at !== undefined) {
        list.splice(at, 1);
        index = new Map(list.map((item, i) => [item.id, i]));
      }
    }
  }
  return list;
}
