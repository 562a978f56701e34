// Stable sort of rows by a column's key, for the list pages.
import type { SortState } from './VirtualTable';

export function sortRows<T>(
  rows: T[],
  sort: SortState,
  keyOf: (row: T, column: string) => string | number,
): T[] {
  const factor = sort.direction === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return [...rows].sort((a, b) => {
    const x = keyOf(a, sort.column);
    const y = keyOf(b, sort.column);
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return order * factor;
  });
}
