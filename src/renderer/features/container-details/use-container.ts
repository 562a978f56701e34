// The container this page shows: its live list entry (patched by events) and its inspect data,
// refetched whenever the live entry changes (start, stop, restart, rename...).
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { findContainer } from '@shared/api';
import { useContainers } from '@renderer/api/hooks';
import { useTRPC } from '@renderer/api/trpc';

export function useContainer(ref: string) {
  const trpc = useTRPC();
  const containers = useContainers();
  const entry = findContainer(containers.data, ref);
  // Until the list has loaded, "not in the list" does not mean "removed".
  const removed = containers.isSuccess && !entry;
  const details = useQuery({
    ...trpc.containers.inspect.queryOptions({ id: entry?.id ?? ref }),
    enabled: !removed,
    retry: false,
  });
  const { refetch } = details;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (entry) void refetch();
  }, [entry, refetch]);
  return { entry, removed, details };
}
