// Turns push-style callbacks into an async iterable of batches, for tRPC subscriptions.
// Batches go out at most every `intervalMs`; the queue is bounded, and on overflow it is
// replaced by whatever `onOverflow` returns (e.g. one fresh snapshot) so memory never grows.
// A feed runs until its signal aborts, or, for finite sources, until `end()` was called and
// everything queued has been sent.

export interface BatchedFeedOptions<T> {
  subscribe: (push: (item: T) => void, end: () => void) => () => void;
  signal?: AbortSignal;
  intervalMs?: number;
  maxQueued?: number;
  /** Gets the overfull queue; returns what to keep instead. */
  onOverflow?: (queue: T[]) => T[];
  /** Items to send first, before anything pushed. */
  initial?: T[];
}

export async function* batchedFeed<T>(options: BatchedFeedOptions<T>): AsyncGenerator<T[]> {
  const intervalMs = options.intervalMs ?? 16;
  const maxQueued = options.maxQueued ?? 10_000;
  let queue: T[] = options.initial ? [...options.initial] : [];
  let wake: (() => void) | null = null;
  let lastSent = 0;
  let ended = false;

  const unsubscribe = options.subscribe(
    (item) => {
      if (ended) return;
      queue.push(item);
      if (queue.length > maxQueued)
        queue = options.onOverflow ? options.onOverflow(queue) : queue.slice(-maxQueued);
      wake?.();
    },
    () => {
      ended = true;
      wake?.();
    },
  );
  let onAbort = () => undefined as void;
  const aborted = new Promise<void>((resolve) => (onAbort = resolve));
  options.signal?.addEventListener('abort', onAbort, { once: true });

  try {
    while (!options.signal?.aborted) {
      if (queue.length === 0) {
        if (ended) break;
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), aborted]);
        wake = null;
        continue;
      }
      const wait = lastSent + intervalMs - Date.now();
      if (wait > 0) await Promise.race([new Promise((resolve) => setTimeout(resolve, wait)), aborted]);
      if (options.signal?.aborted) break;
      const batch = queue;
      queue = [];
      lastSent = Date.now();
      yield batch;
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    unsubscribe();
  }
}
