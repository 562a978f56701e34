// One in-memory collection of the engine model (containers, images, ...), keyed by ID.
// It emits deltas; a full replace computes the delta against what it held, so listeners
// only ever see what actually changed. The deltas are the shared Change, sent to the renderer as
// they are.
import { EventEmitter } from 'node:events';
import { isDeepStrictEqual } from 'node:util';
import type { Change, Keyed } from '@shared/api';

export class Store<T extends Keyed> {
  private readonly items = new Map<string, T>();
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  list(): T[] {
    return [...this.items.values()];
  }

  get(id: string): T | undefined {
    return this.items.get(id);
  }

  get size(): number {
    return this.items.size;
  }

  upsert(item: T): void {
    const old = this.items.get(item.id);
    if (old && isDeepStrictEqual(old, item)) return;
    this.items.set(item.id, item);
    this.emit({ type: 'upsert', item });
  }

  remove(id: string): void {
    if (this.items.delete(id)) this.emit({ type: 'remove', id });
  }

  /** Replaces the whole collection, announcing it as one snapshot (used by resync). */
  reset(items: T[]): void {
    this.items.clear();
    for (const item of items) this.items.set(item.id, item);
    this.emit({ type: 'snapshot', items });
  }

  /** Replaces the collection but announces only the differences (used for cheap re-lists). */
  replaceWithDelta(items: T[]): void {
    const seen = new Set<string>();
    for (const item of items) {
      seen.add(item.id);
      this.upsert(item);
    }
    for (const id of [...this.items.keys()]) if (!seen.has(id)) this.remove(id);
  }

  clear(): void {
    this.reset([]);
  }

  onChange(listener: (change: Change<T>) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }

  private emit(change: Change<T>): void {
    this.emitter.emit('change', change);
  }
}
