// One list for every resource page (volumes, networks, and what comes after): search, sort,
// selection with bulk actions, per-row icon actions, and the loading / empty / no-match / error
// states, around the virtualized table. Pages give columns, keys and actions; nothing else.
import { useMemo, type ReactNode } from 'react';
import type { LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { EngineError } from '../features/errors/EngineError';
import { SearchField } from './SearchField';
import { sortRows } from './sort';
import { VirtualTable, type Column, type SortState } from './VirtualTable';
import './resource-list.css';

export interface RowAction<T> {
  id: string;
  /** The accessible name, naming the row: "Remove my-volume". */
  label: (row: T) => string;
  icon: LucideIcon;
  onClick: (row: T) => void;
  danger?: boolean;
  disabled?: (row: T) => boolean;
}

export interface ResourceListProps<T> {
  /** The table's accessible name (usually the page heading). */
  label: string;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  rowLabel: (row: T) => string;
  /** Search: the query, where it is kept, and what a row matches (query is trimmed, lower case). */
  query: string;
  onQueryChange: (query: string) => void;
  searchPlaceholder: string;
  matches: (row: T, query: string) => boolean;
  sort: SortState;
  onSortChange: (sort: SortState) => void;
  sortKey: (row: T, column: string) => string | number;
  actions?: RowAction<T>[];
  /** Selection: the selected keys; bulk actions act on the selected rows that are still listed. */
  selected?: ReadonlySet<string>;
  onSelectedChange?: (keys: Set<string>) => void;
  bulkActions?: (rows: T[]) => ReactNode;
  /** Buttons beside the search field. */
  toolbar?: ReactNode;
  loading?: boolean;
  /** The list could not load: shown in words instead of an empty table. */
  error?: string | null;
  emptyText: string;
  noMatchText: (query: string) => string;
}

export function ResourceList<T>(props: ResourceListProps<T>) {
  const { t } = useTranslation();
  const { rows, rowKey, query, selected, onSelectedChange } = props;
  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    return sortRows(
      rows.filter((row) => !q || props.matches(row, q)),
      props.sort,
      props.sortKey,
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps -- matches/sortKey are plain functions of the row
  }, [rows, query, props.sort]);
  const selectedRows = selected ? visible.filter((row) => selected.has(rowKey(row))) : [];

  const toggle = (key: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    onSelectedChange?.(next);
  };
  const allSelected = visible.length > 0 && selectedRows.length === visible.length;

  const columns: Column<T>[] = [];
  if (selected && onSelectedChange) {
    columns.push({
      id: 'select',
      header: '',
      width: '36px',
      cell: (row) => (
        <input
          type="checkbox"
          checked={selected.has(rowKey(row))}
          aria-label={t('resourceList.select', { name: props.rowLabel(row) })}
          onChange={(event) => toggle(rowKey(row), event.target.checked)}
        />
      ),
    });
  }
  columns.push(...props.columns);
  if (props.actions?.length) {
    columns.push({
      id: 'actions',
      header: t('resourceList.actions'),
      width: `${Math.max(90, props.actions.length * 34 + 16)}px`,
      align: 'end',
      cell: (row) => (
        <div className="row-actions">
          {props.actions!.map((action) => {
            const Icon = action.icon;
            const label = action.label(row);
            return (
              <button
                key={action.id}
                type="button"
                className={`icon-button${action.danger ? ' danger-icon' : ''}`}
                aria-label={label}
                title={label}
                disabled={action.disabled?.(row)}
                onClick={() => action.onClick(row)}
              >
                <Icon size={16} aria-hidden="true" />
              </button>
            );
          })}
        </div>
      ),
    });
  }

  const empty = props.loading
    ? t('common.loading')
    : query.trim()
      ? props.noMatchText(query.trim())
      : props.emptyText;

  return (
    <>
      <div className="toolbar">
        <SearchField
          label={t('common.search')}
          placeholder={props.searchPlaceholder}
          value={query}
          onChange={props.onQueryChange}
        />
        {selected && onSelectedChange ? (
          <label className="select-all">
            <input
              type="checkbox"
              checked={allSelected}
              disabled={visible.length === 0}
              onChange={(event) =>
                onSelectedChange(event.target.checked ? new Set(visible.map(rowKey)) : new Set())
              }
            />
            {t('resourceList.selectAll')}
          </label>
        ) : null}
        <div className="toolbar-spacer" />
        {props.toolbar}
      </div>
      {selectedRows.length > 0 && props.bulkActions ? (
        <div className="bulk-bar" role="region" aria-label={t('resourceList.selection')}>
          <span className="bulk-count">{t('resourceList.selected', { count: selectedRows.length })}</span>
          {props.bulkActions(selectedRows)}
          <button type="button" className="secondary-button" onClick={() => onSelectedChange?.(new Set())}>
            {t('resourceList.clear')}
          </button>
        </div>
      ) : null}
      {props.error ? (
        <EngineError role="alert" message={props.error} />
      ) : (
        <VirtualTable
          label={props.label}
          rows={visible}
          columns={columns}
          rowKey={rowKey}
          rowLabel={props.rowLabel}
          sort={props.sort}
          onSortChange={props.onSortChange}
          empty={empty}
        />
      )}
    </>
  );
}
