// Networks: create, remove, inspect, members, connect, disconnect, prune by the preview.
// The work is in core/networks/manage.ts; this file maps inputs and errors.
import {
  networkConnectInput,
  networkCreateInput,
  networkDisconnectInput,
  networkPruneInput,
  networkRefInput,
} from '@shared/api/networks-manage';
import {
  connectNetwork,
  createNetwork,
  disconnectNetwork,
  networkMembers,
  networkPruneCandidates,
  pruneNetworks,
  removeNetwork,
} from '../networks/manage';
import { engineProcedure, router } from './trpc';

export const networksManageRouter = router({
  create: engineProcedure
    .input(networkCreateInput)
    .mutation(({ ctx, input }) => createNetwork(ctx.engine.api(), input)),
  remove: engineProcedure
    .input(networkRefInput)
    .mutation(({ ctx, input }) => removeNetwork(ctx.engine.api(), input.id)),
  inspect: engineProcedure
    .input(networkRefInput)
    .query(({ ctx, input }) => ctx.engine.api().getNetwork(input.id).inspect()),
  members: engineProcedure
    .input(networkRefInput)
    .query(({ ctx, input }) => networkMembers(ctx.engine.api(), input.id)),
  connect: engineProcedure
    .input(networkConnectInput)
    .mutation(({ ctx, input }) => connectNetwork(ctx.engine.api(), input.id, input.container, input.aliases)),
  disconnect: engineProcedure
    .input(networkDisconnectInput)
    .mutation(({ ctx, input }) => disconnectNetwork(ctx.engine.api(), input.id, input.container)),
  pruneCandidates: engineProcedure.query(({ ctx }) => networkPruneCandidates(ctx.engine.networks.list())),
  prune: engineProcedure
    .input(networkPruneInput)
    .mutation(({ ctx, input }) => pruneNetworks(ctx.engine.api(), ctx.engine.networks.list(), input.ids)),
});
