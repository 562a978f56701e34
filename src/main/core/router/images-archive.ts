// `images.archive.*`: `docker save` (streamed to the client) and `docker load` (from an upload).
import { TRPCError } from '@trpc/server';
import {
  imageRefsSchema,
  loadChunkSchema,
  loadStartSchema,
  loadUploadInput,
  type SaveEvent,
} from '@shared/api/images-build';
import { loadCommand, saveCommand, saveFileName } from '@shared/cli/build-commands';
import { engineMessage } from '../engine/errors';
import { loadImageFile, saveImages } from '../images/save-load';
import { engineProcedure, publicProcedure, router } from './trpc';

function badRequest(message: string): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message });
}

export const imageArchiveRouter = router({
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
  load: router({
    start: publicProcedure.input(loadStartSchema).mutation(({ ctx, input }) => ({
      uploadId: ctx.services.imageLoads.start(input.size, null),
    })),

    chunk: publicProcedure
      .input(loadChunkSchema)
      .mutation(({ ctx, input }) => ctx.services.imageLoads.receive(input)),

    cancel: publicProcedure
      .input(loadUploadInput)
      .mutation(({ ctx, input }) => ctx.services.imageLoads.discard(input.uploadId)),

    /** Hands the assembled file to `docker load`; reports what was loaded. */
    finish: engineProcedure
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
  }),
});
