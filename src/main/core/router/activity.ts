// The activity panel: long operations, their progress, cancel and dismiss.
import { activityIdSchema } from '@shared/api';
import { activityList } from './live-lists';
import { publicProcedure, router } from './trpc';

export const activityRouter = router({
  ...activityList(),
  cancel: publicProcedure.input(activityIdSchema).mutation(({ ctx, input }) => ctx.activity.cancel(input.id)),
  dismiss: publicProcedure
    .input(activityIdSchema)
    .mutation(({ ctx, input }) => ctx.activity.dismiss(input.id)),
});
