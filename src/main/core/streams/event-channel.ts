// A finite, bounded push-to-pull channel for subscriptions that end (a build): items are sent in
// batches at most every `intervalMs`; when more than `maxQueued` wait, the oldest droppable ones
// are replaced by one marker, so a chatty build never grows memory without bound. The batching
// loop is batchedFeed's; this adds buffering until someone reads, and the drop marker.
import { batchedFeed } from './batched-feed';

export interface EventChannel<T> {
  push(item: T): void;
  close(): void;
  batches(signal: AbortSignal): AsyncGenerator<T[]>;
}

export function eventChannel<T>(options: {
  intervalMs?: number;
  maxQueued?: number;
  /** Whether an item may be dropped on overflow, and what stands in for dropped ones. */
  droppable: (item: T) => boolean;
  dropped: (count: number) => T;
}): EventChannel<T> {
  const maxQueued = options.maxQueued ?? 5000;
  // Items pushed before anyone reads wait here; then the feed's own queue takes over.
  let pending: T[] = [];
  let sink: ((item: T) => void) | null = null;
  let end: (() => void) | null = null;
  let closed = false;

  const trim = (queue: T[]): T[] => {
    const keep: T[] = [];
    let dropped = 0;
    const excess = queue.length - Math.floor(maxQueued / 2);
    for (const item of queue) {
      if (dropped < excess && options.droppable(item)) dropped++;
      else keep.push(item);
    }
    return dropped > 0 ? [options.dropped(dropped), ...keep] : keep;
  };

  return {
    push(item) {
      if (closed) return;
      if (sink) return sink(item);
      pending.push(item);
      if (pending.length > maxQueued) pending = trim(pending);
    },
    close() {
      closed = true;
      end?.();
    },
    batches(signal) {
      return batchedFeed<T>({
        initial: pending,
        intervalMs: options.intervalMs ?? 30,
        maxQueued,
        onOverflow: trim,
        signal,
        subscribe: (push, finish) => {
          pending = [];
          sink = push;
          end = finish;
          if (closed) finish();
          return () => {
            sink = null;
            end = null;
          };
        },
      });
    },
  };
}
