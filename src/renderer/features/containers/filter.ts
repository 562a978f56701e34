// Pure filtering and sorting of the container list (unit-tested).
import type { ContainerState, ContainerSummary } from '@shared/api';

export function matchesQuery(container: ContainerSummary, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return (
    container.name.toLowerCase().includes(q) ||
    container.image.toLowerCase().includes(q) ||
    container.id.startsWith(q)
  );
}

/** The state filter: one engine state, or every state. */
export type StateFilter = 'any' | ContainerState;

export function matchesState(container: ContainerSummary, filter: StateFilter): boolean {
  return filter === 'any' || container.state === filter;
}

export interface SortStats {
  cpuPercent: number | null;
  memoryBytes: number;
}

export function containerSortKey(
  container: ContainerSummary,
  column: string,
  stats?: ReadonlyMap<string, SortStats>,
): string | number {
  switch (column) {
    case 'image':
      return container.image;
    case 'state':
      return container.state;
    case 'created':
      return container.created;
    case 'ports':
      return container.ports[0]?.hostPort ?? -1;
    case 'cpu':
      return stats?.get(container.id)?.cpuPercent ?? -1;
    case 'memory':
      return stats?.get(container.id)?.memoryBytes ?? -1;
    default:
      return container.name;
  }
}
