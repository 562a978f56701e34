// Settings: read and change; changing the engine reconnects.
import { settingsPatchSchema } from '../../../shared/api';
import { publicProcedure, router } from './trpc';

export const settingsRouter = router({
  get: publicProcedure.query(({ ctx }) => ctx.settings.get()),
  update: publicProcedure.input(settingsPatchSchema).mutation(({ ctx, input }) => ctx.settings.update(input)),
});
