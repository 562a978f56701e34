// Images: the list from the model, and its live change feed.
import type { ImageChange, ImageSummary } from '../../../shared/api';
import type { StoreChange } from '../model/store';
import { engineFeed } from './live-feed';
import { engineProcedure, router } from './trpc';

function toImageChange(change: StoreChange<ImageSummary>): ImageChange {
  if (change.type === 'snapshot') return { type: 'snapshot', images: change.items };
  if (change.type === 'upsert') return { type: 'upsert', image: change.item };
  return change;
}

export const imagesRouter = router({
  list: engineProcedure.query(({ ctx }) => ctx.engine.images.list()),
  changes: engineProcedure.subscription(({ ctx, signal }) =>
    engineFeed(ctx.engine.id, ctx.engine.images, toImageChange, signal),
  ),
});
