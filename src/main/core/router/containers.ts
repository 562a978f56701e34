// Containers: the list from the model, and its live change feed.
import type { ContainerChange, ContainerSummary } from '../../../shared/api';
import { containerListInput } from '../../../shared/api';
import type { StoreChange } from '../model/store';
import { batchedFeed } from '../streams/batched-feed';
import { publicProcedure, router } from './trpc';

function toContainerChange(change: StoreChange<ContainerSummary>): ContainerChange {
  if (change.type === 'snapshot') return { type: 'snapshot', containers: change.items };
  if (change.type === 'upsert') return { type: 'upsert', container: change.item };
  return change;
}

export const containersRouter = router({
  list: publicProcedure.input(containerListInput).query(({ ctx, input }) => {
    const all = ctx.engine.containers.list();
    return input.all ? all : all.filter((container) => container.state === 'running');
  }),

  /** A snapshot first, then deltas, in batches (one message per ~16 ms at most). */
  changes: publicProcedure.subscription(async function* ({ ctx, signal }) {
    const store = ctx.engine.containers;
    const snapshot = (): ContainerChange[] => [{ type: 'snapshot', containers: store.list() }];
    yield* batchedFeed<ContainerChange>({
      subscribe: (push) => store.onChange((change) => push(toContainerChange(change))),
      initial: snapshot(),
      onOverflow: snapshot,
      signal,
    });
  }),
});
