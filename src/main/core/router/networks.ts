// Networks: the list from the model, and its live change feed.
import type { NetworkChange, NetworkSummary } from '../../../shared/api';
import type { StoreChange } from '../model/store';
import { storeFeed } from './live-feed';
import { publicProcedure, router } from './trpc';

function toNetworkChange(change: StoreChange<NetworkSummary>): NetworkChange {
  if (change.type === 'snapshot') return { type: 'snapshot', networks: change.items };
  if (change.type === 'upsert') return { type: 'upsert', network: change.item };
  return change;
}

export const networksRouter = router({
  list: publicProcedure.query(({ ctx }) => ctx.engine.networks.list()),
  changes: publicProcedure.subscription(({ ctx, signal }) =>
    storeFeed(ctx.engine.networks, toNetworkChange, signal),
  ),
});
