// Containers: the list from the model, and its live change feed.
import type { ContainerChange, ContainerSummary } from '../../../shared/api';
import { containerListInput } from '../../../shared/api';
import type { StoreChange } from '../model/store';
import { engineFeed } from './live-feed';
import { engineProcedure, router } from './trpc';

function toContainerChange(change: StoreChange<ContainerSummary>): ContainerChange {
  if (change.type === 'snapshot') return { type: 'snapshot', containers: change.items };
  if (change.type === 'upsert') return { type: 'upsert', container: change.item };
  return change;
}

export const containersRouter = router({
  list: engineProcedure.input(containerListInput).query(({ ctx, input }) => {
    const all = ctx.engine.containers.list();
    return input.all ? all : all.filter((container) => container.state === 'running');
  }),

  changes: engineProcedure.subscription(({ ctx, signal }) =>
    engineFeed(ctx.engine.id, ctx.engine.containers, toContainerChange, signal),
  ),
});
