// Volumes: the list from the model, and its live change feed.
import type { VolumeChange, VolumeSummary } from '../../../shared/api';
import type { StoreChange } from '../model/store';
import { engineFeed } from './live-feed';
import { engineProcedure, router } from './trpc';

function toVolumeChange(change: StoreChange<VolumeSummary>): VolumeChange {
  if (change.type === 'snapshot') return { type: 'snapshot', volumes: change.items };
  if (change.type === 'upsert') return { type: 'upsert', volume: change.item };
  return change;
}

export const volumesRouter = router({
  list: engineProcedure.query(({ ctx }) => ctx.engine.volumes.list()),
  changes: engineProcedure.subscription(({ ctx, signal }) =>
    engineFeed(ctx.engine.id, ctx.engine.volumes, toVolumeChange, signal),
  ),
});
