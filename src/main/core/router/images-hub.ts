// `images.hub.*`: Docker Hub search (through the engine) and a repository's tags (from its registry).
import { TRPCError } from '@trpc/server';
import { searchInputSchema, tagsInputSchema } from '@shared/api/images-build';
import { searchHub } from '../images/hub-search';
import { listTags } from '../images/registry-tags';
import { engineProcedure, publicProcedure, router } from './trpc';

export const imageHubRouter = router({
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
