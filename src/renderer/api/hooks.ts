// Queries kept fresh by LiveSync: they load once and then only receive pushed patches. Each is
// of one engine, whose id is in its input and so in its react-query key: two engines' lists never
// share a cache entry. The UI asks the active engine.
import { skipToken, useQuery } from '@tanstack/react-query';
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

export function useEngineStatus() {
  const trpc = useTRPC();
  const engineId = useActiveEngineId();
  return useQuery({
    ...trpc.engine.status.queryOptions(engineId ? { engineId } : skipToken),
    staleTime: Infinity,
  });
}

export function useContainers() {
  const trpc = useTRPC();
  const engine = useActiveEngine();
  const engineId = engine.data;
  const query = useQuery({
    ...trpc.containers.list.queryOptions(engineId ? { all: true, engineId } : skipToken),
    staleTime: Infinity,
  });
  return ofActiveEngine(engine, query);
}

export function useImages() {
  const trpc = useTRPC();
  const engine = useActiveEngine();
  const engineId = engine.data;
  const query = useQuery({
    ...trpc.images.list.queryOptions(engineId ? { engineId } : skipToken),
    staleTime: Infinity,
  });
  return ofActiveEngine(engine, query);
}

export function useVolumes() {
  const trpc = useTRPC();
  const engine = useActiveEngine();
  const engineId = engine.data;
  const query = useQuery({
    ...trpc.volumes.list.queryOptions(engineId ? { engineId } : skipToken),
    staleTime: Infinity,
  });
  return ofActiveEngine(engine, query);
}

export function useNetworks() {
  const trpc = useTRPC();
  const engine = useActiveEngine();
  const engineId = engine.data;
  const query = useQuery({
    ...trpc.networks.list.queryOptions(engineId ? { engineId } : skipToken),
    staleTime: Infinity,
  });
  return ofActiveEngine(engine, query);
}

/** Re-renders every `ms` so relative times and countdowns stay true. */
export { useNow } from './now';
