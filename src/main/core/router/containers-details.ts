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
import { engineCall, publicProcedure, router } from './trpc';

/** Re-throws a stream's failure the way engineCall does, so it reaches the user in words. */
async function* engineStream<T>(open: () => AsyncGenerator<T>): AsyncGenerator<T> {
  const iterator = open();
  try {
    while (true) {
      const next = await engineCall(() => iterator.next());
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await iterator.return(undefined);
  }
}

export const containerDetailsRouter = router({
  inspect: publicProcedure
    .input(containerRefInput)
    .query(({ ctx, input }) =>
      engineCall(async () => toContainerDetails(await ctx.engine.api().getContainer(input.id).inspect())),
    ),

  top: publicProcedure.input(containerRefInput).query(({ ctx, input }) =>
    engineCall(async (): Promise<TopResult> => {
      const container = ctx.engine.api().getContainer(input.id);
      const info = await container.inspect();
      if (!info.State?.Running || info.State.Paused) return { running: false, titles: [], processes: [] };
      const top = (await container.top()) as { Titles?: string[]; Processes?: string[][] };
      return { running: true, titles: top.Titles ?? [], processes: top.Processes ?? [] };
    }),
  ),

  /** Batches of lines (runs per stream), at most one per ~30 ms; ends when a non-follow read ends. */
  logs: publicProcedure.input(logsInput).subscription(async function* ({ ctx, input, signal }) {
    const docker = await engineCall(async () => ctx.engine.api());
    yield* engineStream(() => containerLogs(docker, input, signal, ctx.services.logs));
  }),

  /** The Logs tab has drawn `chars` characters of feed `feedId`: the feed may send more. */
  logsAck: publicProcedure.input(logsAckInput).mutation(({ ctx, input }) => {
    ctx.services.logs.ack(input.feedId, input.chars);
  }),

  execStart: publicProcedure
    .input(execStartInput)
    .mutation(({ ctx, input }) =>
      engineCall(() => startExecSession(ctx.engine.api(), input, ctx.services.terminals)),
    ),

  attachStart: publicProcedure
    .input(attachStartInput)
    .mutation(({ ctx, input }) =>
      engineCall(() => startAttachSession(ctx.engine.api(), input, ctx.services.terminals)),
    ),

  terminalOutput: publicProcedure.input(terminalSessionInput).subscription(async function* ({
    ctx,
    input,
    signal,
  }) {
    yield* engineStream(() => ctx.services.terminals.output(input.sessionId, signal));
  }),

  terminalInput: publicProcedure
    .input(terminalInputInput)
    .mutation(({ ctx, input }) =>
      engineCall(async () => ctx.services.terminals.write(input.sessionId, input.data)),
    ),

  terminalResize: publicProcedure
    .input(terminalResizeInput)
    .mutation(({ ctx, input }) =>
      engineCall(() => ctx.services.terminals.resize(input.sessionId, input.cols, input.rows)),
    ),
});
