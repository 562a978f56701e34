// `images.transfer.*`: pull and push, as activities with layer progress.
import { pullInputSchema, pushInputSchema } from '@shared/api/images-transfer';
import { startPull } from '../images/pull';
import { startPush } from '../images/push';
import { authForReference } from '../registries/reference-auth';
import { engineProcedure, router } from './trpc';

export const imageTransferRouter = router({
  /** Starts a pull; progress, errors and the end come through the activity feed. */
  pull: engineProcedure.input(pullInputSchema).mutation(async ({ ctx, input }) => {
    const docker = ctx.engine.api();
    const { auth, hint } = await authForReference(ctx, input.reference);
    return { activityId: startPull(docker, ctx.activity, input.reference, auth, hint).activityId };
  }),

  push: engineProcedure.input(pushInputSchema).mutation(async ({ ctx, input }) => {
    const docker = ctx.engine.api();
    const { auth, hint } = await authForReference(ctx, input.reference);
    return { activityId: startPush(docker, ctx.activity, input.reference, auth, hint).activityId };
  }),
});
