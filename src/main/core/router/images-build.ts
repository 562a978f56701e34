// Build, save/load, history, inspect, Docker Hub search and registry tags, in the `images` area.
import { TRPCError } from '@trpc/server';
import {
  buildContextCheckSchema,
  buildInputSchema,
  imageIdInputSchema,
  imageRefsSchema,
  loadChunkSchema,
  loadStartSchema,
  searchInputSchema,
  tagsInputSchema,
  loadUploadInput,
  type BuildEvent,
  type SaveEvent,
} from '../../../shared/api/images-build';
import { contextPlanInputSchema } from '../../../shared/api/build-context-upload';
import { fileNameProblem } from '../../../shared/ids/file-path';
import { buildCommand, loadCommand, saveCommand, saveFileName } from '../../../shared/cli/build-commands';
import { engineMessage } from '../engine/errors';
import { runBuild, BuildInputError } from '../images/build';
import { checkBuildContext } from '../images/build-context';
import { outputLines, type BuildOutputEvent } from '../images/build-output';
import { ContextUploadError, planContextUpload, withUnpackedContext } from '../images/context-upload';
import { eventChannel } from '../images/event-channel';
import { toHistory } from '../images/history';
import { searchHub } from '../images/hub-search';
import { listTags } from '../images/registry-tags';
import { loadImageFile, saveImages } from '../images/save-load';
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
  buildContextCheck: publicProcedure
    .input(buildContextCheckSchema)
    .query(({ ctx, input }) => checkBuildContext(input.context, input.dockerfile, buildRoots(ctx))),

  /** Web mode's folder upload: which of the folder's files go (its .dockerignore applied). */
  buildContextPlan: publicProcedure
    .input(contextPlanInputSchema)
    .mutation(({ input }) => planContextUpload(input)),

  /**
   * Runs a build; its output streams in batches. Leaving the subscription cancels the build. The
   * context is a folder where the backend runs or (with `upload`) a folder the browser uploaded.
   */
  build: engineProcedure.input(buildInputSchema).subscription(async function* ({ ctx, input, signal }) {
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

  /** `docker save` as base64 chunks (each at most 512 KiB of bytes). */
  save: engineProcedure.input(imageRefsSchema).subscription(async function* ({ ctx, input, signal }) {
    const docker = ctx.engine.api();
    const sizes = await Promise.all(
      input.refs.map(async (ref) => (await docker.getImage(ref).inspect()).Size ?? 0),
    );
    const handle = ctx.activity.start(
      'save',
      input.refs.join(', '),
      saveCommand(input.refs, saveFileName(input.refs[0]!)),
    );
    const stop = new AbortController();
    const abort = () => stop.abort();
    signal?.addEventListener('abort', abort, { once: true });
    handle.signal.addEventListener('abort', abort, { once: true });
    let sent = 0;
    try {
      yield { type: 'start', estimatedBytes: sizes.reduce((a, b) => a + b, 0) } as SaveEvent;
      for await (const chunk of saveImages(docker, input.refs, stop.signal)) {
        sent += chunk.length;
        handle.update({ progress: { current: sent, total: null } });
        yield { type: 'chunk', data: chunk.toString('base64') } as SaveEvent;
      }
      // Cancelled from the activity panel: say so rather than end as if the file were whole.
      if (stop.signal.aborted) throw badRequest('The save was cancelled.');
      handle.succeed(`${sent} bytes`);
    } catch (error) {
      handle.fail(engineMessage(error));
      throw error;
    } finally {
      signal?.removeEventListener('abort', abort);
      // The subscriber left mid-way: the activity ends as cancelled (no-op once finished).
      ctx.activity.cancel(handle.id);
      handle.fail('The save was stopped.');
    }
  }),

  // A refused size or chunk is an UploadError: BAD_REQUEST in its words (router/errors.ts).
  loadStart: publicProcedure.input(loadStartSchema).mutation(({ ctx, input }) => ({
    uploadId: ctx.services.imageLoads.start(input.size, null),
  })),

  loadChunk: publicProcedure.input(loadChunkSchema).mutation(async ({ ctx, input }) => ({
    received: await ctx.services.imageLoads.append(
      input.uploadId,
      input.offset,
      Buffer.from(input.data, 'base64'),
    ),
  })),

  loadCancel: publicProcedure
    .input(loadUploadInput)
    .mutation(({ ctx, input }) => ctx.services.imageLoads.discard(input.uploadId)),

  /** Hands the assembled file to `docker load`; reports what was loaded. */
  loadFinish: engineProcedure
    .input(loadUploadInput.extend({ fileName: loadStartSchema.shape.fileName }))
    .mutation(async ({ ctx, input }) => {
      const handle = ctx.activity.start('load', input.fileName, loadCommand(input.fileName));
      try {
        const result = await ctx.services.imageLoads.finish(input.uploadId, (file) =>
          loadImageFile(ctx.engine.api(), file, handle.signal),
        );
        handle.succeed(result.loaded.join(', '));
        return result;
      } catch (error) {
        handle.fail(engineMessage(error));
        throw error;
      }
    }),

  history: engineProcedure
    .input(imageIdInputSchema)
    .query(async ({ ctx, input }) => toHistory(await ctx.engine.api().getImage(input.id).history())),

  inspect: engineProcedure
    .input(imageIdInputSchema)
    .query(({ ctx, input }) => ctx.engine.api().getImage(input.id).inspect()),

  search: engineProcedure.input(searchInputSchema).query(async ({ ctx, input }) => {
    const docker = ctx.engine.api();
    try {
      return await searchHub(docker, input);
    } catch (error) {
      throw new TRPCError({ code: 'BAD_GATEWAY', message: (error as Error).message });
    }
  }),

  tags: publicProcedure.input(tagsInputSchema).query(async ({ input }) => {
    try {
      return await listTags(input.repository);
    } catch (error) {
      throw new TRPCError({ code: 'BAD_GATEWAY', message: (error as Error).message });
    }
  }),
});
