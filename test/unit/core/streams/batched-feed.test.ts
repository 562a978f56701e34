import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchedFeed, type BatchedFeedOptions } from '@core/streams/batched-feed';

/** A push source like an engine model: records subscriptions so tests can push and check unsubscribe. */
function source<T>() {
  let push: ((item: T) => void) | null = null;
  let unsubscribed = 0;
  const subscribe: BatchedFeedOptions<T>['subscribe'] = (fn) => {
    push = fn;
    return () => {
      unsubscribed++;
      push = null;
    };
  };
  return {
    subscribe,
    push: (...items: T[]) => {
      if (!push) throw new Error('not subscribed');
      for (const item of items) push(item);
    },
    get subscribed() {
      return push !== null;
    },
    get unsubscribed() {
      return unsubscribed;
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('batchedFeed', () => {
  it('sends the initial items first, then what is pushed', async () => {
    const src = source<string>();
    const feed = batchedFeed({ subscribe: src.subscribe, initial: ['snap-1', 'snap-2'], intervalMs: 0 });
    expect(await feed.next()).toEqual({ done: false, value: ['snap-1', 'snap-2'] });
    src.push('a');
    expect(await feed.next()).toEqual({ done: false, value: ['a'] });
    await feed.return(undefined);
  });

  it('puts items pushed during subscribe after the initial ones', async () => {
    const feed = batchedFeed<string>({
      subscribe: (push) => {
        push('early');
        return () => {};
      },
      initial: ['snapshot'],
      intervalMs: 0,
    });
    expect((await feed.next()).value).toEqual(['snapshot', 'early']);
    await feed.return(undefined);
  });

  it('waits for pushes when idle', async () => {
    const src = source<number>();
    const feed = batchedFeed({ subscribe: src.subscribe, intervalMs: 0 });
    const next = feed.next();
    let settled = false;
    void next.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    src.push(7);
    expect(await next).toEqual({ done: false, value: [7] });
    await feed.return(undefined);
  });

  it('batches pushes that arrive within the interval', async () => {
    vi.useFakeTimers();
    const src = source<number>();
    const feed = batchedFeed({ subscribe: src.subscribe, initial: [0], intervalMs: 100 });
    expect((await feed.next()).value).toEqual([0]);

    src.push(1);
    let second: number[] | undefined;
    const pending = feed.next().then((result) => (second = result.value as number[]));
    await vi.advanceTimersByTimeAsync(10);
    src.push(2, 3);
    await vi.advanceTimersByTimeAsync(50);
    expect(second).toBeUndefined();
    await vi.advanceTimersByTimeAsync(40);
    await pending;
    expect(second).toEqual([1, 2, 3]);
    await feed.return(undefined);
  });

  it('replaces an overflowing queue with what onOverflow returns', async () => {
    const src = source<string>();
    const feed = batchedFeed({
      subscribe: src.subscribe,
      initial: ['first'],
      intervalMs: 0,
      maxQueued: 3,
      onOverflow: () => ['fresh snapshot'],
    });
    expect((await feed.next()).value).toEqual(['first']);
    src.push('a', 'b', 'c');
    src.push('d'); // fourth item overflows
    src.push('e');
    expect((await feed.next()).value).toEqual(['fresh snapshot', 'e']);
    await feed.return(undefined);
  });

  it('keeps the newest items on overflow without onOverflow', async () => {
    const src = source<number>();
    const feed = batchedFeed({ subscribe: src.subscribe, initial: [0], intervalMs: 0, maxQueued: 2 });
    expect((await feed.next()).value).toEqual([0]);
    src.push(1, 2, 3, 4);
    expect((await feed.next()).value).toEqual([3, 4]);
    await feed.return(undefined);
  });

  it('ends and unsubscribes when the signal aborts while waiting', async () => {
    const src = source<number>();
    const controller = new AbortController();
    const feed = batchedFeed({ subscribe: src.subscribe, signal: controller.signal, intervalMs: 0 });
    const next = feed.next();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(src.subscribed).toBe(true);
    controller.abort();
    expect(await next).toEqual({ done: true, value: undefined });
    expect(src.unsubscribed).toBe(1);
    expect(src.subscribed).toBe(false);
  });

  it('does not send a batch that was waiting for the interval when aborted', async () => {
    vi.useFakeTimers();
    const src = source<number>();
    const controller = new AbortController();
    const feed = batchedFeed({
      subscribe: src.subscribe,
      signal: controller.signal,
      initial: [0],
      intervalMs: 1000,
    });
    expect((await feed.next()).value).toEqual([0]);
    src.push(1);
    const next = feed.next();
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await next).toEqual({ done: true, value: undefined });
    expect(src.unsubscribed).toBe(1);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const src = source<number>();
    const feed = batchedFeed({ subscribe: src.subscribe, signal: AbortSignal.abort(), initial: [1] });
    expect(await feed.next()).toEqual({ done: true, value: undefined });
    expect(src.unsubscribed).toBe(1);
  });

  it('unsubscribes when the consumer stops early', async () => {
    const src = source<number>();
    for await (const batch of batchedFeed({ subscribe: src.subscribe, initial: [1], intervalMs: 0 })) {
      expect(batch).toEqual([1]);
      break;
    }
    expect(src.unsubscribed).toBe(1);
  });

  it('ends after end() once everything queued has been sent, and ignores later pushes', async () => {
    let push: (item: number) => void = () => undefined;
    let end: () => void = () => undefined;
    let unsubscribed = 0;
    const feed = batchedFeed<number>({
      subscribe: (p, e) => {
        push = p;
        end = e;
        return () => unsubscribed++;
      },
      intervalMs: 0,
    });
    const first = feed.next();
    push(1);
    push(2);
    end();
    push(3);
    expect(await first).toEqual({ done: false, value: [1, 2] });
    expect(await feed.next()).toEqual({ done: true, value: undefined });
    expect(unsubscribed).toBe(1);
  });

  it('hands the overfull queue to onOverflow', async () => {
    let push: (item: number) => void = () => undefined;
    const feed = batchedFeed<number>({
      subscribe: (p) => {
        push = p;
        return () => undefined;
      },
      maxQueued: 3,
      intervalMs: 0,
      onOverflow: (queue) => [queue.length, ...queue.slice(-1)],
    });
    const first = feed.next();
    for (const n of [10, 20, 30, 40]) push(n);
    expect(await first).toEqual({ done: false, value: [4, 40] });
    await feed.return(undefined);
  });

  it('caps a batch by weight, always sending at least one item', async () => {
    const src = source<string>();
    const feed = batchedFeed({
      subscribe: src.subscribe,
      intervalMs: 0,
      weigh: (item) => item.length,
      maxBatchWeight: 5,
    });
    const first = feed.next();
    src.push('aaa', 'bb', 'c', 'dddddddd', 'e');
    expect((await first).value).toEqual(['aaa', 'bb']);
    expect((await feed.next()).value).toEqual(['c']);
    expect((await feed.next()).value).toEqual(['dddddddd']);
    expect((await feed.next()).value).toEqual(['e']);
    await feed.return(undefined);
  });

  it('pauses its source at the high-water mark and resumes it below half', async () => {
    const src = source<number>();
    const calls: string[] = [];
    const feed = batchedFeed({
      subscribe: src.subscribe,
      intervalMs: 0,
      weigh: (item) => item,
      maxBatchWeight: 4,
      flow: { highWater: 10, pause: () => calls.push('pause'), resume: () => calls.push('resume') },
    });
    const first = feed.next();
    src.push(4, 4, 4);
    expect(calls).toEqual(['pause']);
    expect((await first).value).toEqual([4]); // 8 left: still at least half
    expect(calls).toEqual(['pause']);
    expect((await feed.next()).value).toEqual([4]); // 4 left: below half
    expect(calls).toEqual(['pause', 'resume']);
    await feed.return(undefined);
  });

  it('holds batches until the receiver is ready, and counts what it sends', async () => {
    const src = source<string>();
    let open: () => void = () => undefined;
    let gate = new Promise<void>((resolve) => (open = resolve));
    const sent: { batch: string[]; weight: number }[] = [];
    const feed = batchedFeed({
      subscribe: src.subscribe,
      intervalMs: 0,
      weigh: (item) => item.length,
      ready: () => gate,
      onSend: (batch, weight) => sent.push({ batch, weight }),
    });
    const first = feed.next();
    src.push('a');
    const early = await Promise.race([
      first.then(() => 'sent'),
      new Promise((r) => setTimeout(() => r('held'), 50)),
    ]);
    expect(early).toBe('held');
    src.push('bb');
    open();
    expect((await first).value).toEqual(['a', 'bb']);
    expect(sent).toEqual([{ batch: ['a', 'bb'], weight: 3 }]);
    gate = Promise.resolve();
    await feed.return(undefined);
  });

  it('folds pushes into the last queued item when merge says so', async () => {
    const src = source<string>();
    const feed = batchedFeed({
      subscribe: src.subscribe,
      intervalMs: 0,
      weigh: (item) => item.length,
      maxBatchWeight: 4,
      merge: (last, item) => (last.length + item.length <= 4 ? last + item : undefined),
    });
    const first = feed.next();
    src.push('a', 'b', 'cc', 'd', 'eeeee');
    expect((await first).value).toEqual(['abcc']);
    expect((await feed.next()).value).toEqual(['d']);
    expect((await feed.next()).value).toEqual(['eeeee']);
    await feed.return(undefined);
  });
});
