// A finite, bounded push-to-pull channel for subscriptions that end (a build): items are sent in
// batches at most every `intervalMs`; when more than `maxQueued` wait, the oldest droppable ones
// are replaced by one marker, so a chatty build never grows memory without bound.

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
  const intervalMs = options.intervalMs ?? 30;
  const maxQueued = options.maxQueued ?? 5000;
  let queue: T[] = [];
  let closed = false;
  let wake: (() => void) | null = null;

  const trim = () => {
    const keep: T[] = [];
    let dropped = 0;
    const excess = queue.length - Math.floor(maxQueued / 2);
    for (const item of queue) {
      if (dropped < excess && options.droppable(item)) dropped++;
      else keep.push(item);
    }
    queue = dropped > 0 ? [options.dropped(dropped), ...keep] : keep;
  };

  return {
    push(item) {
      if (closed) return;
      queue.push(item);
      if (queue.length > maxQueued) trim();
      wake?.();
    },
    close() {
      closed = true;
      wake?.();
    },
    async *batches(signal) {
      const aborted = new Promise<void>((resolve) =>
        signal.addEventListener('abort', () => resolve(), { once: true }),
      );
      while (!signal.aborted) {
        if (queue.length === 0) {
          if (closed) return;
          await Promise.race([new Promise<void>((resolve) => (wake = resolve)), aborted]);
          wake = null;
          continue;
        }
        await Promise.race([new Promise((resolve) => setTimeout(resolve, intervalMs)), aborted]);
        const batch = queue;
        queue = [];
        yield batch;
      }
    },
  };
}
