// The provider that runs Berth's own engine: state (live), start / stop / restart, logs,
// resources and factory reset. Inputs are zod schemas; the state is a subscription.
import { TRPCError } from '@trpc/server';
import {
  factoryResetInputSchema,
  providerFollowInputSchema,
  providerLogsInputSchema,
  providerResourcesSchema,
  providerStartInputSchema,
  type ProviderStateView,
} from '@shared/api';
import { batchedFeed } from '../streams/batched-feed';
import type { ProviderManager } from '../vm/manager';
import { publicProcedure, router, type Context } from './trpc';

function manager(ctx: Context): ProviderManager {
  if (!ctx.providers)
    throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'No engine providers here.' });
  return ctx.providers;
}

export const providersRouter = router({
  state: publicProcedure.query(({ ctx }): ProviderStateView => manager(ctx).view()),

  /** Current state first, then every change (start progress included). */
  stateChanges: publicProcedure.subscription(async function* ({ ctx, signal }) {
    const providers = manager(ctx);
    for await (const batch of batchedFeed<ProviderStateView>({
      subscribe: (push) => providers.onChange(push),
      initial: [providers.view()],
      intervalMs: 0,
      maxQueued: 16,
      onOverflow: () => [providers.view()],
      signal,
    })) {
      yield batch[batch.length - 1]!;
    }
  }),

  /** Each provider of this platform, and whether it can run here (and if not, why). */
  choices: publicProcedure.query(({ ctx }) => manager(ctx).choices()),

  start: publicProcedure
    .input(providerStartInputSchema)
    .mutation(({ ctx, input }) => manager(ctx).start(input?.id)),
  stop: publicProcedure.mutation(({ ctx }) => manager(ctx).stop()),
  restart: publicProcedure.mutation(({ ctx }) => manager(ctx).restart()),

  logs: publicProcedure
    .input(providerLogsInputSchema)
    .query(({ ctx, input }) => manager(ctx).logs(input.kind, input.tail)),

  /** New log lines as they are written, in batches. */
  followLogs: publicProcedure.input(providerFollowInputSchema).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    const providers = manager(ctx);
    for await (const batch of batchedFeed<string[]>({
      subscribe: (push) => providers.followLogs(input.kind, push),
      intervalMs: 50,
      maxQueued: 200,
      onOverflow: () => [['… (lines skipped: the log was written faster than it could be shown)']],
      signal,
    })) {
      yield batch.flat();
    }
  }),

  resources: publicProcedure.query(({ ctx }) => manager(ctx).resources()),
  setResources: publicProcedure
    .input(providerResourcesSchema)
    .mutation(({ ctx, input }) => manager(ctx).setResources(input)),

  /** What a factory reset deletes, in words, for the confirmation dialog. */
  describeReset: publicProcedure.query(({ ctx }) => manager(ctx).describeReset()),
  factoryReset: publicProcedure
    .input(factoryResetInputSchema)
    .mutation(({ ctx }) => manager(ctx).factoryReset()),
});
