// Compose apps: projects from the live containers' labels, whole-project and one-service actions
// through the engine API, the compose tool's actions (as activities), the tool in use, and the
// merged logs of a project.
import { TRPCError } from '@trpc/server';
import {
  composeEngineActionInput,
  composeLogsInput,
  composeToolInput,
  deriveProjects,
  projectContainers,
  type ComposeActionResult,
  type ComposeToolInfo,
  type ComposeToolResult,
} from '@shared/api/compose';
import { composeEngineAction } from '../compose/engine-actions';
import { projectLogs } from '../compose/project-logs';
import { ComposeToolFinder, toolInfo } from '../compose/tool';
import { startToolAction } from '../compose/tool-actions';
import { engineProcedure, publicProcedure, router } from './trpc';
import { z } from 'zod';

/** The host's compose tool: one per process (it is the host's, whichever engine is used). */
const finder = new ComposeToolFinder();

export const composeRouter = router({
  projects: engineProcedure.query(({ ctx }) => deriveProjects(ctx.engine.containers.list())),

  tool: publicProcedure
    .input(z.object({ refresh: z.boolean().default(false) }).default({ refresh: false }))
    .query(async ({ input }): Promise<ComposeToolInfo> => toolInfo(await finder.get(input.refresh))),

  act: engineProcedure
    .input(composeEngineActionInput)
    .mutation(({ ctx, input }): Promise<ComposeActionResult> =>
      composeEngineAction(ctx.engine.api(), ctx.engine.containers.list(), input),
    ),

  run: engineProcedure
    .input(composeToolInput)
    .mutation(async ({ ctx, input }): Promise<ComposeToolResult> => {
      const connection = ctx.engine.connection();
      // A refused file or a missing tool is the user's to fix: router/errors.ts says so in words.
      return startToolAction(
        {
          tool: await finder.get(),
          endpoint: connection ? { host: connection.endpoint.host, tls: connection.tls } : null,
          containers: ctx.engine.containers.list(),
          policy: ctx.policy,
          activity: ctx.activity,
          tempDirs: ctx.services.tempDirs,
        },
        input,
      );
    }),

  /** The desktop app's file picker for a compose file; web mode uploads instead. */
  pickFile: publicProcedure.mutation(async ({ ctx }): Promise<{ file: string | null }> => {
    if (!ctx.dialogs)
      throw new TRPCError({
        code: 'PRECONDITION_FAILED',
        message: 'A file picker is only in the desktop app: upload the file instead.',
      });
    return {
      file: await ctx.dialogs.pickFile({
        title: 'Open a compose file',
        filters: [
          { name: 'Compose files', extensions: ['yaml', 'yml'] },
          { name: 'All files', extensions: ['*'] },
        ],
      }),
    };
  }),

  logs: engineProcedure.input(composeLogsInput).subscription(async function* ({ ctx, input, signal }) {
    const docker = ctx.engine.api();
    const wanted = input.services;
    const containers = projectContainers(ctx.engine.containers.list(), input.project).filter(
      (container) =>
        !wanted || wanted.includes(container.labels['com.docker.compose.service'] ?? container.name),
    );
    yield* projectLogs(docker, containers, {
      tail: input.tail,
      follow: input.follow,
      signal: signal ?? new AbortController().signal,
      feeds: ctx.services.logs,
    });
  }),
});
