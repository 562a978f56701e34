// Patches a cached list with pushed changes instead of refetching it.
export type Change<T> =
  { type: 'snapshot'; items: T[] } | { type: 'upsert'; item: T } | { type: 'remove'; id: string };

export function applyChanges<T extends { id: string }>(current: T[] | undefined, changes: Change<T>[]): T[] {
  let list = current ?? [];
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
