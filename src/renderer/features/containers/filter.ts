// Pure filtering and sorting of the container list (unit-tested).
import type { ContainerSummary } from '../../../shared/api';

export function matchesQuery(container: ContainerSummary, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return (
    container.name.toLowerCase().includes(q) ||
    container.image.toLowerCase().includes(q) ||
    container.id.startsWith(q)
  );
}

export function containerSortKey(container: ContainerSummary, column: string): string | number {
  switch (column) {
    case 'image':
      return container.image;
    case 'state':
      return container.state;
    case 'created':
      return container.created;
    case 'ports':
      return container.ports[0]?.hostPort ?? -1;
    default:
      return container.name;
  }
}
