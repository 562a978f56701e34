// Queries kept fresh by LiveSync: they load once and then only receive pushed patches.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { liveLists, type LiveLists } from './live-lists';
import { useTRPC } from './trpc';

/** The live-list table, bound to this app's API client. */
export function useLiveLists(): LiveLists {
  const trpc = useTRPC();
  return useMemo(() => liveLists(trpc), [trpc]);
}

export function useEngineStatus() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.engine.status.queryOptions(), staleTime: Infinity });
}

export function useContainers() {
  return useQuery(useLiveLists().containers.query);
}

export function useImages() {
  return useQuery(useLiveLists().images.query);
}

export function useVolumes() {
  return useQuery(useLiveLists().volumes.query);
}

export function useNetworks() {
  return useQuery(useLiveLists().networks.query);
}

/** Re-renders every `ms` so relative times and countdowns stay true. */
export { useNow } from './now';
