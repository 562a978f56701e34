// The container details page: inspect, top, logs, and terminal sessions (exec shells and
// attach to the main process), which share output, input and resize by session ID.
import type { TopResult } from '../../../shared/api/container-details';
import { containerRefInput } from '../../../shared/api/containers';
import {
  attachStartInput,
  execStartInput,
  logsAckInput,
  logsInput,
  terminalInputInput,
  terminalResizeInput,
  terminalSessionInput,
} from '../../../shared/api/container-details';
import { startAttachSession } from '../containers/attach-sessions';
import { startExecSession } from '../containers/exec-sessions';
import { toContainerDetails } from '../containers/inspect';
import { containerLogs } from '../containers/logs';
import { engineProcedure, publicProcedure, router } from './trpc';

export const containerDetailsRouter = router({
  inspect: engineProcedure
    .input(containerRefInput)
    .query(async ({ ctx, input }) =>
      toContainerDetails(await ctx.engine.api().getContainer(input.id).inspect()),
    ),

  top: engineProcedure.input(containerRefInput).query(async ({ ctx, input }): Promise<TopResult> => {
    const container = ctx.engine.api().getContainer(input.id);
    const info = await container.inspect();
    if (!info.State?.Running || info.State.Paused) return { running: false, titles: [], processes: [] };
    const top = (await container.top()) as { Titles?: string[]; Processes?: string[][] };
    return { running: true, titles: top.Titles ?? [], processes: top.Processes ?? [] };
  }),

  /** Batches of lines (runs per stream), at most one per ~30 ms; ends when a non-follow read ends. */
  logs: engineProcedure
    .input(logsInput)
    .subscription(({ ctx, input, signal }) =>
      containerLogs(ctx.engine.api(), input, signal, ctx.services.logs),
    ),

  /** The Logs tab has drawn `chars` characters of feed `feedId`: the feed may send more. */
  logsAck: publicProcedure.input(logsAckInput).mutation(({ ctx, input }) => {
    ctx.services.logs.ack(input.feedId, input.chars);
  }),

  execStart: engineProcedure
    .input(execStartInput)
    .mutation(({ ctx, input }) => startExecSession(ctx.engine.api(), input, ctx.services.terminals)),

  attachStart: engineProcedure
    .input(attachStartInput)
    .mutation(({ ctx, input }) => startAttachSession(ctx.engine.api(), input, ctx.services.terminals)),

  // A session, once started, is found by its id (it holds its own engine connection).
  terminalOutput: publicProcedure
    .input(terminalSessionInput)
    .subscription(({ ctx, input, signal }) => ctx.services.terminals.output(input.sessionId, signal)),

  terminalInput: publicProcedure
    .input(terminalInputInput)
    .mutation(({ ctx, input }) => ctx.services.terminals.write(input.sessionId, input.data)),

  terminalResize: publicProcedure
    .input(terminalResizeInput)
    .mutation(({ ctx, input }) => ctx.services.terminals.resize(input.sessionId, input.cols, input.rows)),
});
