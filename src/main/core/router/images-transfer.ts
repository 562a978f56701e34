// Images: pull and push (as activities with progress), tag, remove, and prune with a preview.
import { TRPCError } from '@trpc/server';
import {
  pruneInputSchema,
  pullInputSchema,
  pushInputSchema,
  removeImageInputSchema,
  tagInputSchema,
} from '../../../shared/api/images-transfer';
import { parseReference } from '../../../shared/images/reference';
import { engineMessage } from '../engine/errors';
import { explainConflict, findImage, pruneCandidates, pruneImages, removeImage } from '../images/prune';
import { startPull } from '../images/pull';
import { startPush } from '../images/push';
import { credentialsFor } from '../registries/credentials';
import { engineCall, publicProcedure, router, type Context } from './trpc';

/**
 * The credentials for this engine, and words for when a saved login was held back because it was
 * made with another engine (it is never sent to an engine it was not checked with).
 */
async function authFor(ctx: Context, reference: string) {
  const parsed = parseReference(reference);
  if (!parsed.ok) return { auth: null, hint: null };
  const engineHost = ctx.engine.status().endpoint?.host ?? null;
  const { auth, withheld } = await credentialsFor(ctx.settings).resolveFor(parsed.ref.domain, engineHost);
  const hint = withheld
    ? `Your saved login for ${parsed.ref.domain} was made with another engine, so it was not sent to this one: log in again for this engine.`
    : null;
  return { auth, hint };
}

export const imageTransferRouter = router({
  /** Starts a pull; progress, errors and the end come through the activity feed. */
  pull: publicProcedure.input(pullInputSchema).mutation(({ ctx, input }) =>
    engineCall(async () => {
      const docker = ctx.engine.api();
      const { auth, hint } = await authFor(ctx, input.reference);
      return { activityId: startPull(docker, ctx.activity, input.reference, auth, hint).activityId };
    }),
  ),

  push: publicProcedure.input(pushInputSchema).mutation(({ ctx, input }) =>
    engineCall(async () => {
      const docker = ctx.engine.api();
      const { auth, hint } = await authFor(ctx, input.reference);
      return { activityId: startPush(docker, ctx.activity, input.reference, auth, hint).activityId };
    }),
  ),

  tag: publicProcedure.input(tagInputSchema).mutation(({ ctx, input }) =>
    engineCall(async () => {
      const parsed = parseReference(input.target);
      if (!parsed.ok) throw new TRPCError({ code: 'BAD_REQUEST', message: parsed.error });
      const { familiarName, tag } = parsed.ref;
      await ctx.engine
        .api()
        .getImage(input.source)
        .tag({ repo: familiarName, tag: tag ?? 'latest' });
      return { reference: `${familiarName}:${tag ?? 'latest'}` };
    }),
  ),

  remove: publicProcedure.input(removeImageInputSchema).mutation(async ({ ctx, input }) => {
    const docker = ctx.engine.api();
    try {
      return await removeImage(docker, input.image, input.force);
    } catch (error) {
      const image = findImage(ctx.engine.images.list(), input.image);
      throw new TRPCError({
        code: 'CONFLICT',
        message: explainConflict(engineMessage(error), image, ctx.engine.containers.list()),
      });
    }
  }),

  /** What a prune would delete, from the live model (shown before asking). */
  pruneCandidates: publicProcedure
    .input(pruneInputSchema)
    .query(({ ctx, input }) => pruneCandidates(ctx.engine.images.list(), input.mode)),

  prune: publicProcedure
    .input(pruneInputSchema)
    .mutation(({ ctx, input }) => engineCall(() => pruneImages(ctx.engine.api(), input.mode))),
});
