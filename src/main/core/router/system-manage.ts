// The System page: `docker system df -v`, a system prune with its preview, and live events.
import { systemPruneInput, systemPruneOptions } from '@shared/api/system';
import { diskUsage } from '../system/disk-usage';
import { engineEventFeed } from '../system/event-feed';
import { systemPrune, systemPrunePreview } from '../system/prune';
import { engineProcedure, router } from './trpc';

export const systemManageRouter = router({
  diskUsage: engineProcedure.query(({ ctx }) => diskUsage(ctx.engine.api())),

  prunePreview: engineProcedure
    .input(systemPruneOptions)
    .query(({ ctx, input }) => systemPrunePreview(ctx.engine, input)),

  /** Removes exactly the previewed items (see system/prune.ts); says what it freed. */
  prune: engineProcedure.input(systemPruneInput).mutation(({ ctx, input }) => systemPrune(ctx.engine, input)),

  /** The engine's events as they happen, from the stream the model already follows. */
  events: engineProcedure.subscription(({ ctx, signal }) => engineEventFeed(ctx.engine, signal)),
});
