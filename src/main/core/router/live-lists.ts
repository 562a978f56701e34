// Every live list's procedures from one table: a resource's name (its router's key) and where
// its Store is give `list` (the items now) and `changes` (the Store's feed, as it is). An engine's
// lists are engineProcedures (the input's `engineId` picks the engine, its items carry that id);
// the activity list is Berth's own.
import type { LiveItems, LiveResource } from '@shared/api';
import type { ActivityLog } from '../activity/activity-log';
import type { Engine } from '../engine/engine';
import type { Store } from '../model/store';
import { storeFeed } from './live-feed';
import { engineProcedure, publicProcedure } from './trpc';

interface LiveContext {
  engine: Engine;
  activity: ActivityLog;
}

export const liveStores: { [K in LiveResource]: (ctx: LiveContext) => Store<LiveItems[K]> } = {
  containers: (ctx) => ctx.engine.containers,
  images: (ctx) => ctx.engine.images,
  volumes: (ctx) => ctx.engine.volumes,
  networks: (ctx) => ctx.engine.networks,
  activity: (ctx) => ctx.activity.store,
};

export type EngineResource = Exclude<LiveResource, 'activity'>;

/** `list` and `changes` of one of an engine's lists; spread them into its router. */
export function liveList<K extends EngineResource>(name: K) {
  const storeOf: (ctx: LiveContext) => Store<LiveItems[K]> = liveStores[name];
  return {
    list: engineProcedure.query(({ ctx }) => storeOf(ctx).list()),
    changes: engineProcedure.subscription(({ ctx, signal }) => storeFeed(storeOf(ctx), signal)),
  };
}

/** `list` and `changes` of the activity panel. */
export function activityList() {
  return {
    list: publicProcedure.query(({ ctx }) => ctx.activity.store.list()),
    changes: publicProcedure.subscription(({ ctx, signal }) => storeFeed(ctx.activity.store, signal)),
  };
}
