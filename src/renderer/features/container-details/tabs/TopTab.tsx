// Top: the container's processes with the engine's own column titles. `top` has no events, so
// the table refreshes every few seconds while it is visible, and on demand.
import { useQuery } from '@tanstack/react-query';
import { RefreshCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { topCommand } from '@shared/cli/details-commands';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { VirtualTable, type Column } from '@renderer/components/VirtualTable';
import { EmptyCard } from '@renderer/components/EmptyCard';
import type { LiveTabProps } from './tab-props';

const widths: Record<string, string> = { CMD: 'minmax(200px, 4fr)', COMMAND: 'minmax(200px, 4fr)' };

export function TopTab({ containerId, name, running }: LiveTabProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const top = useQuery({
    ...trpc.containers.top.queryOptions({ id: containerId }),
    refetchInterval: running ? 3000 : false,
    retry: false,
  });
  const data = top.data;
  const titles = data?.titles ?? [];
  const cmdIndex = Math.max(titles.indexOf('CMD'), titles.indexOf('COMMAND'));
  const columns: Column<string[]>[] = titles.map((title, index) => ({
    id: `${index}-${title}`,
    header: title,
    width: widths[title] ?? 'minmax(70px, 1fr)',
    cell: (row) => <span className={index === cmdIndex ? 'mono truncate' : 'truncate'}>{row[index]}</span>,
  }));

  return (
    <div className="top-tab">
      <div className="toolbar">
        <button
          type="button"
          className="secondary-button with-icon"
          onClick={() => void top.refetch()}
          disabled={top.isFetching}
        >
          <RefreshCw size={15} aria-hidden="true" className={top.isFetching ? 'spin' : undefined} />
          {t('details.top.refresh')}
        </button>
        {data?.running ? (
          <span className="muted">
            {t('details.top.count', { count: data.processes.length })} · {t('details.top.autoRefresh')}
          </span>
        ) : null}
      </div>
      {top.error ? (
        <p className="inline-error" role="alert">
          {top.error.message}
        </p>
      ) : null}
      {data && !data.running ? (
        <EmptyCard title={t('details.notRunning')} help={t('details.notRunningHelp')} />
      ) : (
        <VirtualTable
          label={t('details.top.table')}
          rows={data?.processes ?? []}
          columns={columns}
          rowKey={(row) => row.join('\u0000')}
          rowLabel={(row) => (cmdIndex >= 0 ? (row[cmdIndex] ?? '') : row.join(' '))}
          rowHeight={36}
          empty={top.isLoading ? t('common.loading') : ''}
        />
      )}
      <CommandLine command={topCommand(name)} />
    </div>
  );
}
