// Live stats of containers (`containers.stats.*`), from the shared per-container streams (one engine stream each).
import type { StatsBrief } from '@shared/stats/sample';
import { statsInput, statsManyInput } from '@shared/stats/stats-api';
import type { StatsEvent } from '../containers/stats-hub';
import { batchedFeed } from '../streams/batched-feed';
import { engineProcedure, router } from './trpc';

export const containerStatsRouter = router({
  /** Computed samples of one container at the engine's pace (~1/s); "stopped" when it is not running. */
  follow: engineProcedure.input(statsInput).subscription(async function* ({ ctx, input, signal }) {
    const hub = ctx.services.stats.for(ctx.engine);
    const linked = ctx.services.stats.link(signal);
    const feed = batchedFeed<StatsEvent>({
      subscribe: (push) => hub.subscribe(input.id, push),
      intervalMs: 0,
      maxQueued: 30,
      signal: linked.signal,
    });
    try {
      for await (const batch of feed) {
        // A slow client gets the newest reading rather than a backlog.
        yield batch[batch.length - 1]!;
      }
    } finally {
      linked.release();
    }
  }),

  /** CPU and memory for a set of containers (a list's visible running rows), in batches. */
  followMany: engineProcedure.input(statsManyInput).subscription(async function* ({ ctx, input, signal }) {
    const hub = ctx.services.stats.for(ctx.engine);
    const linked = ctx.services.stats.link(signal);
    const ids = [...new Set(input.ids)];
    const latest = new Map<string, StatsBrief>();
    const feed = batchedFeed<StatsBrief>({
      subscribe: (push) => {
        const stops = ids.map((id) =>
          hub.subscribe(id, (event) => {
            if (event.type !== 'sample') return;
            const { cpuPercent, memoryBytes, memoryLimit } = event.sample;
            const brief = { id, cpuPercent, memoryBytes, memoryLimit };
            latest.set(id, brief);
            push(brief);
          }),
        );
        return () => stops.forEach((stop) => stop());
      },
      // Engine samples arrive ~1/s per container: one message a second carries them all.
      intervalMs: 1000,
      maxQueued: Math.max(ids.length * 4, 16),
      onOverflow: () => [...latest.values()],
      signal: linked.signal,
    });
    try {
      for await (const batch of feed) {
        // Only the newest reading of each container matters to a list.
        yield [...new Map(batch.map((brief) => [brief.id, brief])).values()];
      }
    } finally {
      linked.release();
    }
  }),
});
