// Queries kept fresh by LiveSync: they load once and then only receive pushed patches.
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './trpc';

export function useEngineStatus() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.engine.status.queryOptions(), staleTime: Infinity });
}

export function useContainers() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.containers.list.queryOptions({ all: true }), staleTime: Infinity });
}

export function useImages() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.images.list.queryOptions(), staleTime: Infinity });
}

export function useVolumes() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.volumes.list.queryOptions(), staleTime: Infinity });
}

export function useNetworks() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.networks.list.queryOptions(), staleTime: Infinity });
}

/** Re-renders every `ms` so relative times and countdowns stay true. */
export { useNow } from './now';
