// Queries kept fresh by LiveSync: they load once and then only receive pushed patches. Each is
// of one engine, whose id is in its input and so in its react-query key: two engines' lists never
// share a cache entry. The UI asks the active engine.
import {
  skipToken,
  useQuery,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import type { LiveResource } from '@shared/api';
import { liveLists, type LiveLists } from './live-lists';
import { useTRPC } from './trpc';

/** Berth's active engine's id (undefined until known). */
export function useActiveEngineId(): string | undefined {
  return useActiveEngine().data ?? undefined;
}

// The active engine does not change while Berth runs today (one engine); when it can, a change
// feed will update this entry.
function useActiveEngine() {
  const trpc = useTRPC();
  return useQuery({
    ...trpc.engine.list.queryOptions(),
    staleTime: Infinity,
    select: (engines) => engines.find((engine) => engine.active)?.id ?? null,
  });
}

/** While the active engine's id is asked for, its list is loading too (not "empty"). */
function ofActiveEngine<T extends { isLoading: boolean }>(engine: { isLoading: boolean }, query: T): T {
  return engine.isLoading ? { ...query, isLoading: true } : query;
}

/** A query of the active engine, its id in the input (skipped until the id is known). */
function useEngineQuery<TQueryFnData, TError, TData, TKey extends QueryKey>(
  options: (engineId: string | undefined) => UseQueryOptions<TQueryFnData, TError, TData, TKey>,
): UseQueryResult<TData, TError> {
  const engine = useActiveEngine();
  const query = useQuery({ ...options(engine.data ?? undefined), staleTime: Infinity });
  return ofActiveEngine(engine, query);
}

/** The live-list table for the active engine, bound to this app's API client. */
export function useLiveLists(): LiveLists {
  const trpc = useTRPC();
  const engineId = useActiveEngineId();
  return useMemo(() => liveLists(trpc, engineId), [trpc, engineId]);
}

/** One of the active engine's live lists (loading while the engine's id is asked for). */
function useLiveList<K extends Exclude<LiveResource, 'activity'>>(name: K) {
  const engine = useActiveEngine();
  return ofActiveEngine(engine, useQuery(useLiveLists()[name].query));
}

export function useEngineStatus() {
  const trpc = useTRPC();
  return useEngineQuery((engineId) => trpc.engine.status.queryOptions(engineId ? { engineId } : skipToken));
}

export function useContainers() {
  return useLiveList('containers');
}

export function useImages() {
  return useLiveList('images');
}

export function useVolumes() {
  return useLiveList('volumes');
}

export function useNetworks() {
  return useLiveList('networks');
}

/** Re-renders every `ms` so relative times and countdowns stay true. */
export { useNow } from './now';
