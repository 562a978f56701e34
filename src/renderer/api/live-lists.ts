// The live lists in react-query's cache, one table: for each resource its list query (the key
// the cache holds it under) and its change feed. LiveSync subscribes to every feed and patches
// the cached list with the shared applyChanges; the pages read the lists with useQuery.
import { skipToken, type QueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { TRPCClientErrorLike } from '@trpc/client';
import type { TRPCOptionsProxy, TRPCQueryKey, useSubscription } from '@trpc/tanstack-react-query';
import { applyChanges, type Change, type Keyed, type LiveItems, type LiveResource } from '@shared/api';
import type { AppRouter } from './types';

type ApiError = TRPCClientErrorLike<AppRouter>;
type ListQuery<T extends Keyed> = UseQueryOptions<T[], ApiError, T[], TRPCQueryKey> & {
  queryKey: TRPCQueryKey;
};
type FeedOptions<T extends Keyed> = Parameters<typeof useSubscription<Change<T>[], ApiError>>[0];

export interface LiveList<T extends Keyed> {
  /** The list query; the feed keeps it current, so it is never stale. */
  query: ListQuery<T>;
  /** The change feed's options for useSubscription, handing each batch to onData. */
  feed: (onData: (batch: Change<T>[]) => void) => FeedOptions<T>;
}

export type LiveLists = { [K in LiveResource]: LiveList<LiveItems[K]> };

interface ChangesProcedure<T extends Keyed, I> {
  subscriptionOptions: (input: I, opts: { onData: (batch: Change<T>[]) => void }) => FeedOptions<T>;
}

function live<T extends Keyed, I>(
  query: ListQuery<T>,
  changes: ChangesProcedure<T, I>,
  input: I,
): LiveList<T> {
  return {
    query: { ...query, staleTime: Infinity },
    feed: (onData) => changes.subscriptionOptions(input, { onData }),
  };
}

/**
 * The table, for one engine: its id is in each engine list's input, so in its cache key, and
 * selects whose changes its feed sends (skipped until the id is known). Activity is Berth's own.
 * A new resource is one line here (and its entry in shared's LiveItems).
 */
export function liveLists(trpc: TRPCOptionsProxy<AppRouter>, engineId: string | undefined): LiveLists {
  const scope = engineId ? { engineId } : skipToken;
  const containers = engineId ? { all: true, engineId } : skipToken;
  return {
    containers: live(trpc.containers.list.queryOptions(containers), trpc.containers.changes, scope),
    images: live(trpc.images.list.queryOptions(scope), trpc.images.changes, scope),
    volumes: live(trpc.volumes.list.queryOptions(scope), trpc.volumes.changes, scope),
    networks: live(trpc.networks.list.queryOptions(scope), trpc.networks.changes, scope),
    activity: live(trpc.activity.list.queryOptions(), trpc.activity.changes, undefined),
  };
}

/** The feed's options for useSubscription: each batch patches the list's cached copy. */
export function syncOptions<T extends Keyed>(queryClient: QueryClient, list: LiveList<T>): FeedOptions<T> {
  return list.feed((batch) =>
    queryClient.setQueryData<T[]>(list.query.queryKey, (old) => applyChanges(old, batch)),
  );
}
