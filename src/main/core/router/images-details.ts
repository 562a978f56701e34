// One image's inspect and layer history.
import { imageIdInputSchema } from '@shared/api/images-build';
import { toHistory } from '../images/history';
import { engineProcedure, router } from './trpc';

export const imageDetailsRouter = router({
  history: engineProcedure
    .input(imageIdInputSchema)
    .query(async ({ ctx, input }) => toHistory(await ctx.engine.api().getImage(input.id).history())),

  inspect: engineProcedure
    .input(imageIdInputSchema)
    .query(({ ctx, input }) => ctx.engine.api().getImage(input.id).inspect()),
});
