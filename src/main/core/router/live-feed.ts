// The change feed of one model collection, as a subscription: a snapshot first, then deltas,
// in batches (one message per ~16 ms at most); on overflow a fresh snapshot replaces the queue.
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
