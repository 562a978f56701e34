// Every live list's procedures from one table: a resource's name (its router's key) and where
// its Store is in the context give `list` (the items now) and `changes` (the Store's feed).
import type { LiveItems, LiveResource } from '../../../shared/api';
import type { Store } from '../model/store';
import { storeFeed } from './live-feed';
import { publicProcedure, type Context } from './trpc';

export const liveStores: { [K in LiveResource]: (ctx: Context) => Store<LiveItems[K]> } = {
  containers: (ctx) => ctx.engine.containers,
  images: (ctx) => ctx.engine.images,
  volumes: (ctx) => ctx.engine.volumes,
  networks: (ctx) => ctx.engine.networks,
  activity: (ctx) => ctx.activity.store,
};

/** `list` and `changes` for one resource; spread them into its router. */
export function liveList<K extends LiveResource>(name: K) {
  const storeOf: (ctx: Context) => Store<LiveItems[K]> = liveStores[name];
  return {
    list: publicProcedure.query(({ ctx }) => storeOf(ctx).list()),
    changes: publicProcedure.subscription(({ ctx, signal }) => storeFeed(storeOf(ctx), signal)),
  };
}
