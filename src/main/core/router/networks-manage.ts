// Networks: create, remove, inspect, members, connect, disconnect, prune by the preview.
// The work is in core/networks/manage.ts; this file maps inputs and errors.
import { TRPCError } from '@trpc/server';
import {
  networkConnectInput,
  networkCreateInput,
  networkDisconnectInput,
  networkPruneInput,
  networkRefInput,
} from '../../../shared/api/networks-manage';
import {
  connectNetwork,
  createNetwork,
  disconnectNetwork,
  networkMembers,
  networkPruneCandidates,
  NetworkRefusedError,
  pruneNetworks,
  removeNetwork,
} from '../networks/manage';
import { engineCall, publicProcedure, router } from './trpc';

async function networkCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof NetworkRefusedError)
      throw new TRPCError({ code: 'CONFLICT', message: error.message });
    return engineCall(() => Promise.reject(error));
  }
}

export const networksManageRouter = router({
  create: publicProcedure
    .input(networkCreateInput)
    .mutation(({ ctx, input }) => networkCall(() => createNetwork(ctx.engine.api(), input))),
  remove: publicProcedure
    .input(networkRefInput)
    .mutation(({ ctx, input }) => networkCall(() => removeNetwork(ctx.engine.api(), input.id))),
  inspect: publicProcedure
    .input(networkRefInput)
    .query(({ ctx, input }) => networkCall(() => ctx.engine.api().getNetwork(input.id).inspect())),
  members: publicProcedure
    .input(networkRefInput)
    .query(({ ctx, input }) => networkCall(() => networkMembers(ctx.engine.api(), input.id))),
  connect: publicProcedure
    .input(networkConnectInput)
    .mutation(({ ctx, input }) =>
      networkCall(() => connectNetwork(ctx.engine.api(), input.id, input.container, input.aliases)),
    ),
  disconnect: publicProcedure
    .input(networkDisconnectInput)
    .mutation(({ ctx, input }) =>
      networkCall(() => disconnectNetwork(ctx.engine.api(), input.id, input.container)),
    ),
  pruneCandidates: publicProcedure.query(({ ctx }) => networkPruneCandidates(ctx.engine.networks.list())),
  prune: publicProcedure
    .input(networkPruneInput)
    .mutation(({ ctx, input }) =>
      networkCall(() => pruneNetworks(ctx.engine.api(), ctx.engine.networks.list(), input.ids)),
    ),
});
