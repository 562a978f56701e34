// Settings: read and change; changing the engine reconnects. In web mode the engine address is
// the operator's decision (`berth serve --allow-engine-change`), not any client's.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { engineHostSchema, settingsPatchSchema } from '@shared/api';
import { testEngineConnection } from '../engine/test-connection';
import { publicProcedure, router } from './trpc';

export const ENGINE_CHANGE_REFUSED =
  'Changing the engine from web mode is off: the operator can allow it by starting `berth serve --allow-engine-change`.';

export const settingsRouter = router({
  get: publicProcedure.query(({ ctx }) => ctx.settings.get()),

  /** Set when the settings file was unusable at start (kept as settings.json.bak); null otherwise. */
  notice: publicProcedure.query(({ ctx }) => ctx.settings.getNotice()),
  dismissNotice: publicProcedure.mutation(({ ctx }) => {
    ctx.settings.dismissNotice();
    return null;
  }),

  /** What this front door lets a client do with the host, so the UI can say so before it fails. */
  policy: publicProcedure.query(({ ctx }) => ({
    webMode: ctx.policy.webMode,
    buildRoots: [...ctx.policy.buildRoots],
    allowHostMounts: ctx.policy.allowHostMounts,
    allowEngineChange: ctx.policy.allowEngineChange,
  })),
  /**
   * One bounded attempt to reach a typed engine address, without saving it. Guarded as the
   * address itself is: in web mode only the saved address, unless the operator allows changes.
   */
  testEngine: publicProcedure.input(z.object({ host: engineHostSchema })).mutation(({ ctx, input }) => {
    if (input.host !== ctx.settings.get().engineHost && !ctx.policy.allowEngineChange) {
      throw new TRPCError({ code: 'FORBIDDEN', message: ENGINE_CHANGE_REFUSED });
    }
    return testEngineConnection(input.host);
  }),
  update: publicProcedure.input(settingsPatchSchema).mutation(({ ctx, input }) => {
    const changesEngine =
      input.engineHost !== undefined && input.engineHost !== ctx.settings.get().engineHost;
    if (changesEngine && !ctx.policy.allowEngineChange) {
      throw new TRPCError({ code: 'FORBIDDEN', message: ENGINE_CHANGE_REFUSED });
    }
    return ctx.settings.update(input);
  }),
});
