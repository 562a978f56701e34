// The one way the Backend releases what it owns: each thing is added as it is made, and dispose()
// releases them in reverse order (what was made last may use what was made first), once, waiting
// for async ones. One failure does not stop the rest: every error is collected and thrown at the end.

export interface Disposable {
  dispose(): void | Promise<void>;
}

export type DisposeFn = () => void | Promise<void>;

export class DisposableStore implements Disposable {
  private readonly items: DisposeFn[] = [];
  private done: Promise<void> | null = null;

  /** Adds a disposable (or a function that releases something); returns it. */
  add<T extends Disposable | DisposeFn>(item: T): T {
    const release: DisposeFn = typeof item === 'function' ? item : () => item.dispose();
    if (this.done) {
      // Nothing would ever release it: release it now and tell the caller it came too late.
      void Promise.resolve()
        .then(release)
        .catch(() => undefined);
      throw new Error('This store is already disposed; what was added has been released at once.');
    }
    this.items.push(release);
    return item;
  }

  /** How many things are waiting to be released. */
  get size(): number {
    return this.items.length;
  }

  get disposed(): boolean {
    return this.done !== null;
  }

  /** Releases everything, newest first; later calls return the same promise. */
  dispose(): Promise<void> {
    this.done ??= this.release();
    return this.done;
  }

  private async release(): Promise<void> {
    const errors: unknown[] = [];
    for (const release of this.items.splice(0).reverse()) {
      try {
        await release();
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) {
      const words = errors.map((error) => (error instanceof Error ? error.message : String(error)));
      throw new AggregateError(errors, `${errors.length} things failed to release: ${words.join('; ')}`);
    }
  }
}
