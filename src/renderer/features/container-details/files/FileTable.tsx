// The table of a folder's entries, for a container's Files tab and a volume's Browse dialog:
// name (as each place shows it), size (files only), mode where known, modified, and the row's
// actions; rows are named by the entry, so tools and screen readers find them by name.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileEntry } from '@shared/api/container-files';
import { formatBytes } from '@shared/format/bytes';
import { VirtualTable, type Column } from '@renderer/components/VirtualTable';

interface FileTableProps {
  label: string;
  entries: FileEntry[];
  name: (entry: FileEntry) => ReactNode;
  /** The mode column (`-rw-r--r--`), where the listing has one worth showing. */
  showMode?: boolean;
  actions: (entry: FileEntry) => ReactNode;
  actionsWidth: string;
  rowHeight: number;
  empty: string | null;
}

export function FileTable({
  label,
  entries,
  name,
  showMode,
  actions,
  actionsWidth,
  rowHeight,
  empty,
}: FileTableProps) {
  const { t, i18n } = useTranslation();
  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const columns: Column<FileEntry>[] = [
    { id: 'name', header: t('containerFiles.columns.name'), width: 'minmax(200px, 3fr)', cell: name },
    {
      id: 'size',
      header: t('containerFiles.columns.size'),
      width: '100px',
      align: 'end',
      cell: (entry) => (entry.kind === 'file' ? formatBytes(entry.size) : <span className="muted">—</span>),
    },
    ...(showMode
      ? [
          {
            id: 'mode',
            header: t('containerFiles.columns.mode'),
            width: '110px',
            cell: (entry: FileEntry) => <span className="mono muted">{entry.mode}</span>,
          },
        ]
      : []),
    {
      id: 'modified',
      header: t('containerFiles.columns.modified'),
      width: 'minmax(170px, 1fr)',
      cell: (entry) => <span className="muted">{entry.modified ? dates.format(entry.modified) : '—'}</span>,
    },
    {
      id: 'actions',
      header: t('containerFiles.columns.actions'),
      width: actionsWidth,
      align: 'end',
      cell: actions,
    },
  ];
  return (
    <VirtualTable
      label={label}
      rows={entries}
      columns={columns}
      rowKey={(entry) => entry.name}
      rowLabel={(entry) => entry.name}
      rowHeight={rowHeight}
      empty={empty}
    />
  );
}
