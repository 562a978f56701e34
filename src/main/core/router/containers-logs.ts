// A container's logs (`containers.logs.*`): a followed, flow-controlled feed and its acknowledgements.
import { logsAckInput, logsInput } from '@shared/api/container-details';
import { containerLogs } from '../containers/logs';
import { engineProcedure, publicProcedure, router } from './trpc';

export const containerLogsRouter = router({
  /** Batches of lines (runs per stream), at most one per ~30 ms; ends when a non-follow read ends. */
  follow: engineProcedure
    .input(logsInput)
    .subscription(({ ctx, input, signal }) =>
      containerLogs(ctx.engine.api(), input, signal, ctx.services.logs),
    ),

  /** The Logs tab has drawn `chars` characters of feed `feedId`: the feed may send more. */
  ack: publicProcedure.input(logsAckInput).mutation(({ ctx, input }) => {
    ctx.services.logs.ack(input.feedId, input.chars);
  }),
});
