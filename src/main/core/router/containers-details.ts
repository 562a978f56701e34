// A container's inspect data and its processes (the details page's Inspect and Top tabs).
import type { TopResult } from '@shared/api/container-details';
import { containerRefInput } from '@shared/api/containers';
import { toContainerDetails } from '../containers/inspect';
import { engineProcedure, router } from './trpc';

export const containerDetailsRouter = router({
  inspect: engineProcedure
    .input(containerRefInput)
    .query(async ({ ctx, input }) =>
      toContainerDetails(await ctx.engine.api().getContainer(input.id).inspect()),
    ),

  top: engineProcedure.input(containerRefInput).query(async ({ ctx, input }): Promise<TopResult> => {
    const container = ctx.engine.api().getContainer(input.id);
    const info = await container.inspect();
    if (!info.State?.Running || info.State.Paused) return { running: false, titles: [], processes: [] };
    const top = (await container.top()) as { Titles?: string[]; Processes?: string[][] };
    return { running: true, titles: top.Titles ?? [], processes: top.Processes ?? [] };
  }),
});
