// What only the desktop app can do for the renderer: native dialogs. The shell puts `dialogs` in
// the context of IPC calls only, so over `berth serve` (web mode) these are refused.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { publicProcedure, router } from './trpc';

export const DESKTOP_ONLY = 'Only the desktop app can open a folder picker.';

export const desktopRouter = router({
  /** The OS folder picker; null when the user closes it without choosing. */
  pickFolder: publicProcedure
    .input(z.object({ title: z.string().max(200).optional() }))
    .mutation(async ({ ctx, input }) => {
      if (!ctx.dialogs) throw new TRPCError({ code: 'FORBIDDEN', message: DESKTOP_ONLY });
      return { folder: await ctx.dialogs.pickFolder(input.title ?? null) };
    }),
});
