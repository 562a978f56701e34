// Images: tag, remove (the engine's refusal explained from the model), and prune with a preview.
import { TRPCError } from '@trpc/server';
import {
  pruneImagesInputSchema,
  pruneInputSchema,
  removeImageInputSchema,
  tagInputSchema,
} from '@shared/api/images-transfer';
import { parseReference } from '@shared/images/reference';
import { engineMessage } from '../engine/errors';
import { explainConflict, findImage, pruneCandidates, pruneImages, removeImage } from '../images/prune';
import { engineProcedure, router } from './trpc';

export const imageManageRouter = router({
  tag: engineProcedure.input(tagInputSchema).mutation(async ({ ctx, input }) => {
    const parsed = parseReference(input.target);
    if (!parsed.ok) throw new TRPCError({ code: 'BAD_REQUEST', message: parsed.error });
    const { familiarName, tag } = parsed.ref;
    await ctx.engine
      .api()
      .getImage(input.source)
      .tag({ repo: familiarName, tag: tag ?? 'latest' });
    return { reference: `${familiarName}:${tag ?? 'latest'}` };
  }),

  remove: engineProcedure.input(removeImageInputSchema).mutation(async ({ ctx, input }) => {
    const docker = ctx.engine.api();
    try {
      return await removeImage(docker, input.image, input.force);
    } catch (error) {
      // The engine's refusal, with what in the model holds on to the image.
      const image = findImage(ctx.engine.images.list(), input.image);
      throw new TRPCError({
        code: 'CONFLICT',
        message: explainConflict(engineMessage(error), image, ctx.engine.containers.list()),
      });
    }
  }),

  /** What a prune would delete, from the live model (shown before asking). */
  pruneCandidates: engineProcedure
    .input(pruneInputSchema)
    .query(({ ctx, input }) => pruneCandidates(ctx.engine.images.list(), input.mode)),

  /** Removes exactly the previewed images that are still prunable (see images/prune.ts). */
  prune: engineProcedure
    .input(pruneImagesInputSchema)
    .mutation(({ ctx, input }) =>
      pruneImages(ctx.engine.api(), ctx.engine.images.list(), input.mode, input.ids),
    ),
});
