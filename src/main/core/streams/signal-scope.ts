// Feeds a service runs for subscribers (log streams, downloads, stats, terminal output) end when
// their subscriber leaves or when the service is disposed, whichever comes first: each feed runs
// on a signal linked to both, and the scope counts the feeds still running.

export interface LinkedSignal {
  /** Aborts when the subscriber's signal does or when the scope is disposed. */
  readonly signal: AbortSignal;
  /** The feed has ended: forget it (idempotent). */
  release(): void;
}

export class SignalScope {
  private readonly open = new Set<AbortController>();
  private disposed = false;

  link(signal?: AbortSignal): LinkedSignal {
    const controller = new AbortController();
    const abort = () => controller.abort();
    const release = () => {
      signal?.removeEventListener('abort', abort);
      this.open.delete(controller);
    };
    if (this.disposed || signal?.aborted) {
      controller.abort();
      return { signal: controller.signal, release: () => undefined };
    }
    signal?.addEventListener('abort', abort, { once: true });
    this.open.add(controller);
    return { signal: controller.signal, release };
  }

  /** Feeds running now (aborted ones count until they have ended). */
  get size(): number {
    return this.open.size;
  }

  /** Aborts every running feed; any linked later starts aborted. */
  dispose(): void {
    this.disposed = true;
    // Each feed stays counted until it has ended (its release), so `size` says what still runs.
    for (const controller of [...this.open]) controller.abort();
  }
}
