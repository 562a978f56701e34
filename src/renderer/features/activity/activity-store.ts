// The latest activity list, shared in the page: the header's Activity button owns the one
// subscription and publishes here; others (the Pull field's inline progress) only read.
import { useSyncExternalStore } from 'react';
import type { Activity } from '../../../shared/api';

let current: Activity[] = [];
const listeners = new Set<() => void>();

export function publishActivities(list: Activity[]): void {
  current = list;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useActivity(id: string | null): Activity | undefined {
  return useSyncExternalStore(subscribe, () => (id ? current.find((a) => a.id === id) : undefined));
}
