// Networks: the list from the model, and its live change feed.
import type { NetworkChange, NetworkSummary } from '../../../shared/api';
import type { StoreChange } from '../model/store';
import { engineFeed } from './live-feed';
import { engineProcedure, router } from './trpc';

function toNetworkChange(change: StoreChange<NetworkSummary>): NetworkChange {
  if (change.type === 'snapshot') return { type: 'snapshot', networks: change.items };
  if (change.type === 'upsert') return { type: 'upsert', network: change.item };
  return change;
}

export const networksRouter = router({
  list: engineProcedure.query(({ ctx }) => ctx.engine.networks.list()),
  changes: engineProcedure.subscription(({ ctx, signal }) =>
    engineFeed(ctx.engine.id, ctx.engine.networks, toNetworkChange, signal),
  ),
});
