// The change feed of one model collection, as a subscription: a snapshot first, then deltas,
// in batches (one message per ~16 ms at most); on overflow a fresh snapshot replaces the queue.
import type { OfEngine } from '../../../shared/api';
import type { Store, StoreChange } from '../model/store';
import { batchedFeed } from '../streams/batched-feed';

export function storeFeed<T extends { id: string }, C>(
  store: Store<T>,
  toChange: (change: StoreChange<T>) => C,
  signal: AbortSignal | undefined,
): AsyncGenerator<C[]> {
  const snapshot = (): C[] => [toChange({ type: 'snapshot', items: store.list() })];
  return batchedFeed<C>({
    subscribe: (push) => store.onChange((change) => push(toChange(change))),
    initial: snapshot(),
    onOverflow: snapshot,
    signal,
  });
}

/** The feed of one engine's collection: each change says which engine it is from. */
export function engineFeed<T extends { id: string }, C extends object>(
  engineId: string,
  store: Store<T>,
  toChange: (change: StoreChange<T>) => C,
  signal: AbortSignal | undefined,
): AsyncGenerator<OfEngine<C>[]> {
  return storeFeed(store, (change) => ({ ...toChange(change), engineId }), signal);
}
