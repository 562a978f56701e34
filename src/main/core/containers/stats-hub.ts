// One streaming /containers/{id}/stats per container that someone is looking at, shared by every
// subscriber and closed when the last one leaves. Streams reopen after an engine reconnect and when a
// watched container starts again; a stopped container costs no stream.
import { findContainer, type ContainerSummary } from '@shared/api';
import type { EngineStats } from '@shared/stats/engine-stats';
import { toSample, type StatsSample } from '@shared/stats/sample';
import type { Engine } from '../engine/engine';
import { engineMessage } from '../engine/errors';
import { splitJsonLines } from '../streams/json-lines';
import { SignalScope, type LinkedSignal } from '../streams/signal-scope';

export type StatsEvent =
  { type: 'sample'; sample: StatsSample } | { type: 'stopped' } | { type: 'error'; message: string };

type Listener = (event: StatsEvent) => void;

interface Feed {
  key: string;
  listeners: Set<Listener>;
  stream: NodeJS.ReadableStream | null;
  /** Bumped on every open/close, so callbacks of an old stream are ignored. */
  generation: number;
  last: StatsEvent | null;
}

export interface StatsHubCounters {
  /** Engine stats streams open right now. */
  openStreams: number;
  openedTotal: number;
  closedTotal: number;
  watched: number;
}

// The engine reports a zero "read" time once a container is no longer running.
const ZERO_TIME = '0001-01-01T00:00:00Z';

export class StatsHub {
  private readonly feeds = new Map<string, Feed>();
  private openedTotal = 0;
  private closedTotal = 0;
  private connected: boolean;
  private readonly unsubscribe: Array<() => void> = [];

  constructor(private readonly engine: Engine) {
    this.connected = engine.status().state === 'connected';
    this.unsubscribe.push(
      engine.onStatus((status) => {
        const now = status.state === 'connected';
        if (now === this.connected) return;
        this.connected = now;
        for (const feed of this.feeds.values()) {
          this.close(feed);
          if (now) this.open(feed);
        }
      }),
      engine.containers.onChange((change) => {
        if (change.type === 'remove') return;
        const items = change.type === 'snapshot' ? change.items : [change.item];
        for (const item of items) {
          if (item.state !== 'running') continue;
          for (const feed of this.feeds.values()) {
            if (!feed.stream && this.findContainer(feed.key)?.id === item.id) this.open(feed);
          }
        }
      }),
    );
  }

  /** Starts (or joins) the stream for `id`; the listener first gets the latest known event. */
  subscribe(id: string, listener: Listener): () => void {
    let feed = this.feeds.get(id);
    if (!feed) {
      feed = { key: id, listeners: new Set(), stream: null, generation: 0, last: null };
      this.feeds.set(id, feed);
    }
    feed.listeners.add(listener);
    if (feed.last) listener(feed.last);
    if (!feed.stream) this.open(feed);
    const joined = feed;
    return () => {
      joined.listeners.delete(listener);
      if (joined.listeners.size > 0) return;
      this.close(joined);
      this.feeds.delete(joined.key);
    };
  }

  counters(): StatsHubCounters {
    let openStreams = 0;
    for (const feed of this.feeds.values()) if (feed.stream) openStreams++;
    return {
      openStreams,
      openedTotal: this.openedTotal,
      closedTotal: this.closedTotal,
      watched: this.feeds.size,
    };
  }

  dispose(): void {
    for (const stop of this.unsubscribe) stop();
    for (const feed of this.feeds.values()) this.close(feed);
    this.feeds.clear();
  }

  private emit(feed: Feed, event: StatsEvent): void {
    feed.last = event;
    for (const listener of [...feed.listeners]) listener(event);
  }

  private open(feed: Feed): void {
    if (feed.stream || !this.connected) return;
    const known = this.findContainer(feed.key);
    if (known && known.state !== 'running') {
      this.emit(feed, { type: 'stopped' });
      return;
    }
    const generation = ++feed.generation;
    let docker;
    try {
      docker = this.engine.api();
    } catch (error) {
      this.emit(feed, { type: 'error', message: engineMessage(error) });
      return;
    }
    // A placeholder marks the feed as opening, so concurrent triggers do not open twice.
    const pending = {} as NodeJS.ReadableStream;
    feed.stream = pending;
    this.openedTotal++;
    docker
      .getContainer(feed.key)
      .stats({ stream: true })
      .then((stream) => {
        const live = stream as unknown as NodeJS.ReadableStream;
        if (feed.generation !== generation || feed.stream !== pending) {
          destroy(live);
          return;
        }
        feed.stream = live;
        splitJsonLines<EngineStats>(live, (raw) => {
          if (feed.generation !== generation) return;
          if (!raw.read || raw.read.startsWith(ZERO_TIME.slice(0, 10))) {
            this.close(feed);
            this.emit(feed, { type: 'stopped' });
            return;
          }
          // The first reading goes out too (memory, I/O, PIDs at once); its CPU % is null.
          this.emit(feed, { type: 'sample', sample: toSample(raw) });
        });
        // The engine ends the stream when the container goes away (removed, or its engine stops).
        const ended = () => {
          if (feed.generation !== generation) return;
          this.close(feed);
          this.emit(feed, { type: 'stopped' });
        };
        live.on('end', ended);
        live.on('error', ended);
      })
      .catch((error: unknown) => {
        if (feed.generation !== generation) return;
        this.close(feed);
        this.emit(feed, { type: 'error', message: engineMessage(error) });
      });
  }

  private close(feed: Feed): void {
    if (!feed.stream) return;
    const stream = feed.stream;
    feed.stream = null;
    feed.generation++;
    this.closedTotal++;
    destroy(stream);
  }

  private findContainer(key: string): ContainerSummary | undefined {
    return this.engine.containers.get(key) ?? findContainer(this.engine.containers.list(), key);
  }
}

function destroy(stream: NodeJS.ReadableStream): void {
  const s = stream as unknown as Partial<NodeJS.EventEmitter> & { destroy?: () => void };
  s.on?.('error', () => undefined); // a destroyed socket may still report an error
  s.destroy?.();
}

/** The Backend's stats: one hub per engine, made on first use, and the feeds that read them. */
export class StatsHubs {
  private readonly hubs = new Map<Engine, StatsHub>();
  private readonly feeds = new SignalScope();
  private disposed = false;

  for(engine: Engine): StatsHub {
    if (this.disposed) throw new Error('Berth is shutting down.');
    let hub = this.hubs.get(engine);
    if (!hub) {
      hub = new StatsHub(engine);
      this.hubs.set(engine, hub);
    }
    return hub;
  }

  /** A stats feed's signal: aborts when its subscriber leaves or the hubs are disposed. */
  link(signal?: AbortSignal): LinkedSignal {
    return this.feeds.link(signal);
  }

  /** Engine stats streams open across the hubs, and feeds still running. */
  get size(): { openStreams: number; feeds: number } {
    let openStreams = 0;
    for (const hub of this.hubs.values()) openStreams += hub.counters().openStreams;
    return { openStreams, feeds: this.feeds.size };
  }

  /** Ends every feed and closes every engine stream. */
  dispose(): void {
    this.disposed = true;
    this.feeds.dispose();
    // Kept after dispose, so `size` still reports on them.
    for (const hub of this.hubs.values()) hub.dispose();
  }
}
