// The registry of long operations. Each one gets a handle to report progress and an AbortSignal
// that the Cancel button trips. Updates are coalesced (at most ~10 per second per activity) and
// finished activities are capped, so a torrent of progress lines never floods the UI or memory.
import { randomUUID } from 'node:crypto';
import type { Activity, ActivityKind } from '@shared/api';
import { Store } from '../model/store';

const MAX_FINISHED = 50;
const LOG_TAIL = 200;
const PUBLISH_EVERY_MS = 100;

export interface ActivityHandle {
  readonly id: string;
  readonly signal: AbortSignal;
  /** Replace fields (progress, layers, ...); published at a bounded rate. */
  update(patch: Partial<Pick<Activity, 'progress' | 'layers' | 'title' | 'result'>>): void;
  log(line: string): void;
  succeed(result?: string): void;
  /** Ends the activity as failed (or cancelled, if its signal was aborted). */
  fail(message: string): void;
}

export class ActivityLog {
  readonly store = new Store<Activity>();
  private readonly controllers = new Map<string, AbortController>();

  start(kind: ActivityKind, title: string, command: string): ActivityHandle {
    const id = randomUUID();
    const controller = new AbortController();
    this.controllers.set(id, controller);
    let current: Activity = {
      id,
      kind,
      title,
      command,
      state: 'running',
      startedAt: Date.now(),
      endedAt: null,
      error: null,
      progress: null,
      layers: [],
      logTail: [],
      result: null,
    };
    let timer: NodeJS.Timeout | null = null;
    const publish = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      this.store.upsert(current);
    };
    const schedule = () => {
      if (!timer) timer = setTimeout(publish, PUBLISH_EVERY_MS);
    };
    const finish = (patch: Partial<Activity>) => {
      if (current.state !== 'running') return;
      current = { ...current, ...patch, endedAt: Date.now() };
      this.controllers.delete(id);
      publish();
      this.trim();
    };
    publish();

    return {
      id,
      signal: controller.signal,
      update: (patch) => {
        if (current.state !== 'running') return;
        current = { ...current, ...patch };
        schedule();
      },
      log: (line) => {
        if (current.state !== 'running') return;
        const tail =
          current.logTail.length >= LOG_TAIL ? current.logTail.slice(1 - LOG_TAIL) : current.logTail;
        current = { ...current, logTail: [...tail, line] };
        schedule();
      },
      succeed: (result) => finish({ state: 'succeeded', result: result ?? current.result }),
      fail: (message) =>
        finish(
          controller.signal.aborted
            ? { state: 'cancelled', error: null }
            : { state: 'failed', error: message },
        ),
    };
  }

  /** Trips the activity's AbortSignal; its owner ends it as cancelled. */
  cancel(id: string): boolean {
    const controller = this.controllers.get(id);
    if (!controller) return false;
    controller.abort();
    return true;
  }

  /** Cancels every running activity (the Backend is going away); each owner ends its own. */
  dispose(): void {
    for (const controller of [...this.controllers.values()]) controller.abort();
  }

  /** Activities still running. */
  get running(): number {
    return this.controllers.size;
  }

  /** Removes a finished activity from the panel. */
  dismiss(id: string): void {
    const activity = this.store.get(id);
    if (activity && activity.state !== 'running') this.store.remove(id);
  }

  private trim(): void {
    const finished = this.store
      .list()
      .filter((activity) => activity.state !== 'running')
      .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0));
    for (const old of finished.slice(MAX_FINISHED)) this.store.remove(old.id);
  }
}
