// The events view's feed: the engine's own /events stream (the one the model follows), mapped to
// rows and sent in batches. Nothing is kept once sent; a slow client gets the newest rows.
import type { EngineEventRow } from '@shared/api/system';
import type { Engine } from '../engine/engine';
import type { EngineEvent } from '../model/sync';
import { batchedFeed } from '../streams/batched-feed';

const MAX_QUEUED = 2_000;

export function toEventRow(
  event: EngineEvent & { timeNano?: number; status?: string; from?: string },
): EngineEventRow {
  const attributes = event.Actor?.Attributes ?? {};
  const time = event.timeNano ? Math.floor(event.timeNano / 1e6) : (event.time ?? 0) * 1000;
  return {
    time,
    type: event.Type ?? '',
    action: event.Action ?? event.status ?? '',
    actorId: event.Actor?.ID ?? event.id ?? '',
    actorName: attributes.name ?? attributes.image ?? event.from ?? '',
    attributes,
  };
}

export function engineEventFeed(
  engine: Engine,
  signal: AbortSignal | undefined,
): AsyncGenerator<EngineEventRow[]> {
  return batchedFeed<EngineEventRow>({
    subscribe: (push) => engine.onEvent((event) => push(toEventRow(event))),
    intervalMs: 100,
    maxQueued: MAX_QUEUED,
    onOverflow: (queue) => queue.slice(-MAX_QUEUED / 2),
    signal,
  });
}
