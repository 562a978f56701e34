// A virtualized ARIA table: only visible rows are in the DOM, yet screen readers and tests see a
// real table (role=table/row/cell, aria-rowcount, aria-sort on headers).
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

export interface Column<T> {
  id: string;
  header: string;
  /** CSS grid track, e.g. "2fr" or "120px". */
  width: string;
  cell: (row: T) => ReactNode;
  sortable?: boolean;
  align?: 'start' | 'end';
}

export type SortDirection = 'asc' | 'desc';
export interface SortState {
  column: string;
  direction: SortDirection;
}

interface VirtualTableProps<T> {
  label: string;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  rowLabel?: (row: T) => string;
  rowHeight?: number;
  sort?: SortState;
  onSortChange?: (sort: SortState) => void;
  empty?: ReactNode;
}

export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { rows, columns, rowHeight = 44 } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed to be read during render
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const template = columns.map((column) => column.width).join(' ');

  const toggleSort = (column: Column<T>) => {
    if (!column.sortable || !props.onSortChange) return;
    const direction = props.sort?.column === column.id && props.sort.direction === 'asc' ? 'desc' : 'asc';
    props.onSortChange({ column: column.id, direction });
  };

  return (
    <div className="vtable" role="table" aria-label={props.label} aria-rowcount={rows.length + 1}>
      <div role="rowgroup" className="vtable-head">
        <div role="row" aria-rowindex={1} className="vtable-row" style={{ gridTemplateColumns: template }}>
          {columns.map((column) => {
            const sorted = props.sort?.column === column.id ? props.sort.direction : undefined;
            return (
              <div
                role="columnheader"
                key={column.id}
                className={`vtable-cell align-${column.align ?? 'start'}`}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              >
                {column.sortable ? (
                  <button type="button" className="sort-button" onClick={() => toggleSort(column)}>
                    {column.header}
                    <span aria-hidden="true" className="sort-mark">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </div>
            );
          })}
        </div>
      </div>
      <div ref={scrollRef} className="vtable-body" role="rowgroup">
        {rows.length === 0 && props.empty ? <div className="vtable-empty">{props.empty}</div> : null}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                role="row"
                key={props.rowKey(row)}
                aria-rowindex={item.index + 2}
                aria-label={props.rowLabel?.(row)}
                className="vtable-row"
                style={{
                  gridTemplateColumns: template,
                  height: item.size,
                  transform: `translateY(${item.start}px)`,
                }}
              >
                {columns.map((column) => (
                  <div role="cell" key={column.id} className={`vtable-cell align-${column.align ?? 'start'}`}>
                    {column.cell(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
