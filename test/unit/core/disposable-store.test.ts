// The Backend's one disposal mechanism: reverse order, once, async awaited, errors collected
// without skipping the rest.
import { describe, expect, it } from 'vitest';
import { DisposableStore } from '@core/disposable-store';

describe('DisposableStore', () => {
  it('releases in reverse order, functions and objects alike, and returns what was added', async () => {
    const store = new DisposableStore();
    const order: string[] = [];
    const object = { dispose: () => void order.push('object') };
    expect(store.add(() => void order.push('first'))).toBeTypeOf('function');
    expect(store.add(object)).toBe(object);
    store.add(() => void order.push('last'));
    expect(store.size).toBe(3);
    await store.dispose();
    expect(order).toEqual(['last', 'object', 'first']);
    expect(store.size).toBe(0);
    expect(store.disposed).toBe(true);
  });

  it('waits for an async release before starting the next one', async () => {
    const store = new DisposableStore();
    const order: string[] = [];
    let finishSlow: () => void = () => undefined;
    store.add(() => void order.push('older'));
    store.add(
      () =>
        new Promise<void>((resolve) => {
          order.push('slow started');
          finishSlow = () => {
            order.push('slow finished');
            resolve();
          };
        }),
    );
    const disposing = store.dispose();
    // The slow one has started; the older one must not run until it finishes.
    await Promise.resolve();
    expect(order).toEqual(['slow started']);
    finishSlow();
    await disposing;
    expect(order).toEqual(['slow started', 'slow finished', 'older']);
  });

  it('runs once: a second dispose() is the same promise and releases nothing again', async () => {
    const store = new DisposableStore();
    let runs = 0;
    store.add(() => void runs++);
    const first = store.dispose();
    const second = store.dispose();
    expect(second).toBe(first);
    await first;
    await store.dispose();
    expect(runs).toBe(1);
  });

  it('keeps going after a failure (sync or async) and throws every error at the end', async () => {
    const store = new DisposableStore();
    const released: string[] = [];
    store.add(() => void released.push('a'));
    store.add(() => {
      throw new Error('sync broke');
    });
    store.add(() => void released.push('b'));
    store.add(() => Promise.reject(new Error('async broke')));
    store.add(() => void released.push('c'));
    const error = await store.dispose().then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(released).toEqual(['c', 'b', 'a']);
    expect(error).toBeInstanceOf(AggregateError);
    const errors = (error as AggregateError).errors as Error[];
    expect(errors.map((e) => e.message)).toEqual(['async broke', 'sync broke']);
    expect((error as Error).message).toMatch(/2 things failed to release: async broke; sync broke/);
  });

  it('throws a single failure as it is', async () => {
    const store = new DisposableStore();
    const failure = new Error('only this');
    store.add(() => {
      throw failure;
    });
    await expect(store.dispose()).rejects.toBe(failure);
  });

  it('releases at once, and refuses, what is added after dispose', async () => {
    const store = new DisposableStore();
    await store.dispose();
    let released = false;
    expect(() => store.add(() => void (released = true))).toThrow(/already disposed/);
    // Released on the next turn, not kept.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await Promise.resolve();
    expect(released).toBe(true);
    expect(store.size).toBe(0);
  });
});
