// The change feed of one model collection, as a subscription: a snapshot first, then deltas,
// in batches (one message per ~16 ms at most); on overflow a fresh snapshot replaces the queue.
// The Store's changes go out as they are: the shared Change is the wire format.
import type { Change, Keyed } from '@shared/api';
import type { Store } from '../model/store';
import { batchedFeed } from '../streams/batched-feed';

export function storeFeed<T extends Keyed>(
  store: Store<T>,
  signal: AbortSignal | undefined,
): AsyncGenerator<Change<T>[]> {
  const snapshot = (): Change<T>[] => [{ type: 'snapshot', items: store.list() }];
  return batchedFeed<Change<T>>({
    subscribe: (push) => store.onChange(push),
    initial: snapshot(),
    onOverflow: snapshot,
    signal,
  });
}
