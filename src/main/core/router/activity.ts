// The activity panel: long operations, their progress, cancel and dismiss.
import type { Activity, ActivityChange } from '../../../shared/api';
import { activityIdSchema } from '../../../shared/api';
import type { StoreChange } from '../model/store';
import { storeFeed } from './live-feed';
import { publicProcedure, router } from './trpc';

function toChange(change: StoreChange<Activity>): ActivityChange {
  if (change.type === 'snapshot') return { type: 'snapshot', activities: change.items };
  if (change.type === 'upsert') return { type: 'upsert', activity: change.item };
  return change;
}

export const activityRouter = router({
  list: publicProcedure.query(({ ctx }) => ctx.activity.store.list()),
  changes: publicProcedure.subscription(({ ctx, signal }) => storeFeed(ctx.activity.store, toChange, signal)),
  cancel: publicProcedure.input(activityIdSchema).mutation(({ ctx, input }) => ctx.activity.cancel(input.id)),
  dismiss: publicProcedure
    .input(activityIdSchema)
    .mutation(({ ctx, input }) => ctx.activity.dismiss(input.id)),
});
