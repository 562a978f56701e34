// Terminal sessions (`containers.terminal.*`): exec shells and attach to the main process, which
// share output, input and resize by session ID.
import {
  attachStartInput,
  execStartInput,
  terminalInputInput,
  terminalResizeInput,
  terminalSessionInput,
} from '@shared/api/container-details';
import { startAttachSession } from '../containers/attach-sessions';
import { startExecSession } from '../containers/exec-sessions';
import { engineProcedure, publicProcedure, router } from './trpc';

export const containerTerminalRouter = router({
  exec: engineProcedure
    .input(execStartInput)
    .mutation(({ ctx, input }) => startExecSession(ctx.engine.api(), input, ctx.services.terminals)),

  attach: engineProcedure
    .input(attachStartInput)
    .mutation(({ ctx, input }) => startAttachSession(ctx.engine.api(), input, ctx.services.terminals)),

  // A session, once started, is found by its id (it holds its own engine connection).
  output: publicProcedure
    .input(terminalSessionInput)
    .subscription(({ ctx, input, signal }) => ctx.services.terminals.output(input.sessionId, signal)),

  input: publicProcedure
    .input(terminalInputInput)
    .mutation(({ ctx, input }) => ctx.services.terminals.write(input.sessionId, input.data)),

  resize: publicProcedure
    .input(terminalResizeInput)
    .mutation(({ ctx, input }) => ctx.services.terminals.resize(input.sessionId, input.cols, input.rows)),
});
