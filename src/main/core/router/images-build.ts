// `images.build.*`, `docker build`: the context check, the uploaded folder's plan, and the build with its output.
import { TRPCError } from '@trpc/server';
import { buildContextCheckSchema, buildInputSchema, type BuildEvent } from '@shared/api/images-build';
import { contextPlanInputSchema } from '@shared/api/build-context-upload';
import { fileNameProblem } from '@shared/ids/file-path';
import { buildCommand } from '@shared/cli/build-commands';
import { engineMessage } from '../engine/errors';
import { runBuild, BuildInputError } from '../images/build';
import { checkBuildContext } from '../images/build-context';
import { outputLines, type BuildOutputEvent } from '../images/build-output';
import { ContextUploadError, planContextUpload, withUnpackedContext } from '../images/context-upload';
import { eventChannel } from '../streams/event-channel';
import { UploadError } from '../streams/upload-store';
import { engineProcedure, publicProcedure, router, type Context } from './trpc';

/** Web mode confines builds to the operator's folders; the desktop app builds any folder. */
function buildRoots(ctx: Context): readonly string[] | null {
  return ctx.policy.webMode ? ctx.policy.buildRoots : null;
}

function badRequest(message: string): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message });
}

export const imageBuildRouter = router({
  /** Field validation for the Build dialog: does the folder exist, is the Dockerfile there? */
  contextCheck: publicProcedure
    .input(buildContextCheckSchema)
    .query(({ ctx, input }) => checkBuildContext(input.context, input.dockerfile, buildRoots(ctx))),

  /** Web mode's folder upload: which of the folder's files go (its .dockerignore applied). */
  contextPlan: publicProcedure
    .input(contextPlanInputSchema)
    .mutation(({ input }) => planContextUpload(input)),

  /**
   * Runs a build; its output streams in batches. Leaving the subscription cancels the build. The
   * context is a folder where the backend runs or (with `upload`) a folder the browser uploaded.
   */
  run: engineProcedure.input(buildInputSchema).subscription(async function* ({ ctx, input, signal }) {
    const check = input.upload
      ? { context: fileNameProblem(input.context), dockerfile: null }
      : await checkBuildContext(input.context, input.dockerfile, buildRoots(ctx));
    const problem = check.context ?? check.dockerfile;
    if (problem) throw badRequest(problem);
    const docker = ctx.engine.api();
    const command = buildCommand(input);
    const handle = ctx.activity.start('build', input.tags[0] ?? input.context, command);
    const onLeave = () => ctx.activity.cancel(handle.id);
    signal?.addEventListener('abort', onLeave, { once: true });
    const channel = eventChannel<BuildEvent>({
      droppable: (event) => event.type === 'output',
      dropped: (count) => ({ type: 'output', text: `… ${count} lines of output skipped …\n` }),
    });
    channel.push({ type: 'started', activityId: handle.id, command });

    const onEvent = (event: BuildOutputEvent) => {
      if (event.type === 'output') for (const line of outputLines(event.text)) handle.log(line);
      channel.push(event);
    };
    const upload = input.upload;
    void (
      upload
        ? ctx.services.imageLoads.finish(upload, (file) =>
            withUnpackedContext(file, (folder) =>
              runBuild(docker, { ...input, context: folder }, handle.signal, onEvent, null),
            ),
          )
        : runBuild(docker, input, handle.signal, onEvent, buildRoots(ctx))
    )
      .then((result) => {
        if (result.error) {
          handle.fail(
            result.error.step ? `${result.error.step}: ${result.error.message}` : result.error.message,
          );
        } else {
          handle.succeed(result.imageId ?? undefined);
          channel.push({ type: 'done', imageId: result.imageId, tags: input.tags });
        }
      })
      .catch((error: unknown) => {
        const message = handle.signal.aborted
          ? 'The build was cancelled.'
          : error instanceof BuildInputError ||
              error instanceof ContextUploadError ||
              error instanceof UploadError
            ? error.message
            : engineMessage(error);
        handle.fail(message);
        channel.push({ type: 'error', message, step: null });
      })
      .finally(() => channel.close());

    try {
      yield* channel.batches(signal ?? new AbortController().signal);
    } finally {
      signal?.removeEventListener('abort', onLeave);
    }
  }),
});
