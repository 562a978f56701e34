// Turns push-style callbacks into an async iterable of batches, for tRPC subscriptions.
// Batches go out at most every `intervalMs`; the queue is bounded, and on overflow it is
// replaced by whatever `onOverflow` returns (e.g. one fresh snapshot) so memory never grows.
// A feed runs until its signal aborts, or, for finite sources, until `end()` was called and
// everything queued has been sent.
// Sources that can pause (an engine stream) get backpressure instead of overflow: `flow` pauses
// them while the queue is heavy, and `ready` holds batches back until the receiver has room.

export interface FlowControl {
  /** Pause the source once this much weight is queued; resume it below half of that. */
  highWater: number;
  pause: () => void;
  resume: () => void;
}

export interface BatchedFeedOptions<T> {
  subscribe: (push: (item: T) => void, end: () => void) => () => void;
  signal?: AbortSignal;
  intervalMs?: number;
  maxQueued?: number;
  /** Gets the overfull queue; returns what to keep instead. */
  onOverflow?: (queue: T[]) => T[];
  /** Items to send first, before anything pushed. */
  initial?: T[];
  /** An item's weight (default 1), for `maxBatchWeight` and `flow`. */
  weigh?: (item: T) => number;
  /** Most weight per batch (one heavier item still goes, alone); the rest waits for the next. */
  maxBatchWeight?: number;
  flow?: FlowControl;
  /** Awaited before each batch: resolves when the receiver can take more (or the signal aborts). */
  ready?: (signal?: AbortSignal) => Promise<void>;
  /**
   * Folds a pushed item into the last queued one when it returns the result: a source of many
   * tiny items (one per engine write) then keeps a short queue.
   */
  merge?: (last: T, item: T) => T | undefined;
  /** Called with each batch just before it is sent (e.g. to count it against a window). */
  onSend?: (batch: T[], weight: number) => void;
}

const one = () => 1;

export async function* batchedFeed<T>(options: BatchedFeedOptions<T>): AsyncGenerator<T[]> {
  const intervalMs = options.intervalMs ?? 16;
  const maxQueued = options.maxQueued ?? 10_000;
  const weigh = options.weigh ?? one;
  const maxBatchWeight = options.maxBatchWeight ?? Infinity;
  const { flow } = options;
  let queue: T[] = options.initial ? [...options.initial] : [];
  let weight = queue.reduce((sum, item) => sum + weigh(item), 0);
  let paused = false;
  let wake: (() => void) | null = null;
  let lastSent = 0;
  let ended = false;

  const unsubscribe = options.subscribe(
    (item) => {
      if (ended) return;
      const last = queue.length ? queue[queue.length - 1]! : undefined;
      const merged = last !== undefined && options.merge ? options.merge(last, item) : undefined;
      if (merged === undefined) queue.push(item);
      else queue[queue.length - 1] = merged;
      weight += weigh(item);
      if (queue.length > maxQueued) {
        queue = options.onOverflow ? options.onOverflow(queue) : queue.slice(-maxQueued);
        weight = queue.reduce((sum, kept) => sum + weigh(kept), 0);
      }
      if (flow && !paused && weight >= flow.highWater) {
        paused = true;
        flow.pause();
      }
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

  /** Takes from the front up to maxBatchWeight (always at least one item), with its weight. */
  const take = (): { batch: T[]; taken: number } => {
    if (maxBatchWeight === Infinity) {
      const all = { batch: queue, taken: weight };
      queue = [];
      weight = 0;
      return all;
    }
    let count = 0;
    let taken = 0;
    while (count < queue.length) {
      const next = weigh(queue[count]!);
      if (count > 0 && taken + next > maxBatchWeight) break;
      taken += next;
      count++;
    }
    weight -= taken;
    return { batch: queue.splice(0, count), taken };
  };

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
      if (options.ready) await options.ready(options.signal);
      if (options.signal?.aborted) break;
      const { batch, taken } = take();
      if (flow && paused && weight < flow.highWater / 2) {
        paused = false;
        flow.resume();
      }
      lastSent = Date.now();
      options.onSend?.(batch, taken);
      yield batch;
    }
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    unsubscribe();
  }
}
