// The image's history: one row per layer with the instruction that made it and its size.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '@shared/api/images-build';
import { historyCommand } from '@shared/cli/build-commands';
import { formatBytes } from '@shared/format/bytes';
import { timeAgo } from '@shared/format/time';
import { useNow } from '@renderer/api/hooks';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { VirtualTable, type Column } from '@renderer/components/VirtualTable';

type Row = HistoryEntry & { key: string };

export function LayersTab({ id, reference }: { id: string; reference: string }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const now = useNow();
  const history = useQuery(trpc.images.history.queryOptions({ id }));
  const rows: Row[] = (history.data ?? []).map((entry, index) => ({ ...entry, key: `${index}` }));
  const total = rows.reduce((sum, row) => sum + row.size, 0);

  const columns: Column<Row>[] = [
    {
      id: 'instruction',
      header: t('imageDetails.columns.instruction'),
      width: 'minmax(300px, 1fr)',
      cell: (row) => (
        <span className={row.instruction ? 'mono layer-instruction' : 'muted'} title={row.instruction}>
          {row.instruction || row.comment}
        </span>
      ),
    },
    {
      id: 'created',
      header: t('imageDetails.columns.created'),
      width: '140px',
      cell: (row) => (
        <span className="muted">{row.created ? timeAgo(row.created, now, i18n.language) : ''}</span>
      ),
    },
    {
      id: 'size',
      header: t('imageDetails.columns.size'),
      width: '100px',
      align: 'end',
      cell: (row) => <span className={row.size ? '' : 'muted'}>{formatBytes(row.size)}</span>,
    },
  ];

  return (
    <div className="layers-tab">
      {history.error ? (
        <p role="alert" className="inline-error">
          {history.error.message}
        </p>
      ) : (
        <p className="muted layers-summary">
          {history.data
            ? t('imageDetails.layerCount', { count: rows.length, size: formatBytes(total) })
            : t('common.loading')}
        </p>
      )}
      <VirtualTable
        label={t('imageDetails.layersTable')}
        rows={rows}
        columns={columns}
        rowKey={(row) => row.key}
        rowLabel={(row) => row.instruction || row.comment}
        empty={history.isLoading ? t('common.loading') : undefined}
      />
      <CommandLine command={historyCommand(reference)} />
    </div>
  );
}
