// Flow control for subscriptions that carry a lot (file downloads, logs): a subscription cannot see
// how much its transport has buffered, so the receiver acknowledges what it has taken (bytes, or
// characters drawn) and the sender pauses once a window's worth is unacknowledged.
import { SignalScope, type LinkedSignal } from './signal-scope';

export const DOWNLOAD_WINDOW_BYTES = 8 * 1024 * 1024;

export class FlowWindow {
  private sent = 0;
  private acked = 0;
  private wake: (() => void) | null = null;

  constructor(private readonly limit = DOWNLOAD_WINDOW_BYTES) {}

  /** Counts bytes handed to the transport. */
  sentBytes(bytes: number): void {
    this.sent += bytes;
  }

  /** The receiver has `total` bytes so far (acks only move forward). */
  ack(total: number): void {
    if (total <= this.acked) return;
    this.acked = Math.min(total, this.sent);
    if (this.hasRoom()) this.release();
  }

  hasRoom(): boolean {
    return this.sent - this.acked < this.limit;
  }

  /** Resolves once the receiver has caught up enough, or when `signal` aborts. */
  async room(signal?: AbortSignal): Promise<void> {
    while (!this.hasRoom() && !signal?.aborted) {
      await new Promise<void>((resolve) => {
        const done = () => {
          signal?.removeEventListener('abort', done);
          resolve();
        };
        this.wake = done;
        signal?.addEventListener('abort', done, { once: true });
      });
    }
  }

  release(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

/**
 * One kind of flow-controlled feed (log feeds, file downloads), owned by the Backend: the open
 * windows by the ID the receiver chose, and the feeds running, which end on dispose.
 */
export class FlowWindows {
  private readonly windows = new Map<string, FlowWindow>();
  private readonly feeds = new SignalScope();

  /** A running feed's signal: aborts when its subscriber leaves or these windows are disposed. */
  link(signal?: AbortSignal): LinkedSignal {
    return this.feeds.link(signal);
  }

  open(id: string, limit?: number): FlowWindow {
    const window = new FlowWindow(limit);
    this.windows.set(id, window);
    return window;
  }

  ack(id: string, total: number): void {
    this.windows.get(id)?.ack(total);
  }

  /** Closes `id`'s window; given `window`, only if it is still that one (a resubscribe may reuse an ID). */
  close(id: string, window?: FlowWindow): void {
    const open = this.windows.get(id);
    if (!open || (window && open !== window)) return;
    open.release();
    this.windows.delete(id);
  }

  /** Windows open, and feeds still running. */
  get size(): { windows: number; feeds: number } {
    return { windows: this.windows.size, feeds: this.feeds.size };
  }

  /** Ends every running feed and wakes any sender waiting for room. */
  dispose(): void {
    this.feeds.dispose();
    for (const window of this.windows.values()) window.release();
    this.windows.clear();
  }
}

/**
 * A download through `windows`: `open` makes the chunk stream for the window (and a signal that
 * ends with the receiver or the backend); the window is closed and the stream ended whatever
 * happens. The one loop behind container file downloads, volume downloads and volume backups.
 */
export async function* flowDownload<T>(
  windows: FlowWindows,
  downloadId: string,
  signal: AbortSignal | undefined,
  open: (window: FlowWindow, signal: AbortSignal) => AsyncGenerator<T>,
): AsyncGenerator<T> {
  const linked = windows.link(signal);
  const window = windows.open(downloadId);
  const chunks = open(window, linked.signal);
  try {
    while (true) {
      const next = await chunks.next();
      if (next.done) return;
      yield next.value;
      if (linked.signal.aborted) return;
    }
  } finally {
    windows.close(downloadId, window);
    linked.release();
    await chunks.return(undefined);
  }
}
