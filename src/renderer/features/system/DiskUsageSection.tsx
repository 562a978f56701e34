// `docker system df -v`: one summary table (type, total, active, size, reclaimable), and each
// kind's rows behind a disclosure.
import { useQuery } from '@tanstack/react-query';
import { RefreshCw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DiskUsageDetails } from '@shared/api/system';
import { formatBytes } from '@shared/format/bytes';
import { useTRPC } from '@renderer/api/trpc';
import { CommandLine } from '@renderer/components/CommandLine';
import { IconOnlyButton } from '@renderer/components/IconOnlyButton';
import { EngineError } from '../errors/EngineError';
import { errorText } from '../images/errors';

const KINDS = ['images', 'containers', 'volumes', 'buildCache'] as const;
/** The summary's columns: the kind, then numbers (right-aligned). */
const SUMMARY_COLUMNS = ['type', 'total', 'active', 'size', 'reclaimable'] as const;

export function DiskUsageSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const usage = useQuery({ ...trpc.system.diskUsage.queryOptions(), staleTime: 0 });
  const data: DiskUsageDetails | undefined = usage.data;
  const bytes = (n: number | null) => (n === null ? '—' : formatBytes(n));
  const percent = (part: number, whole: number) =>
    whole > 0 ? ` (${Math.round((part / whole) * 100)}%)` : '';

  return (
    <section className="system-section" aria-labelledby="system-df">
      <div className="system-section-head">
        <h2 id="system-df">{t('system.diskUsage')}</h2>
        <IconOnlyButton
          icon={RefreshCw}
          label={t('system.refresh')}
          disabled={usage.isFetching}
          onClick={() => void usage.refetch()}
        />
      </div>
      {usage.error ? <EngineError role="alert" message={errorText(usage.error)} /> : null}
      {!data ? (
        usage.isLoading ? (
          <p className="muted">{t('common.loading')}</p>
        ) : null
      ) : (
        <>
          <table className="usage-table" aria-label={t('system.diskUsage')}>
            <thead>
              <tr>
                {SUMMARY_COLUMNS.map((column) => (
                  <th key={column} scope="col" className={column === 'type' ? undefined : 'num'}>
                    {t(`system.columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {KINDS.map((kind) => {
                const group = data[kind];
                return (
                  <tr key={kind}>
                    <th scope="row">{t(`system.kinds.${kind}`)}</th>
                    <td className="num">{group.total}</td>
                    <td className="num">{group.active}</td>
                    <td className="num">{formatBytes(group.size)}</td>
                    <td className="num">
                      {formatBytes(group.reclaimable)}
                      {percent(group.reclaimable, group.size)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {KINDS.filter((kind) => data[kind].rows.length > 0).map((kind) => (
            <details key={kind} className="usage-details">
              <summary>{t('system.details', { kind: t(`system.kinds.${kind}`) })}</summary>
              <table
                className="usage-table"
                aria-label={t('system.details', { kind: t(`system.kinds.${kind}`) })}
              >
                <thead>
                  <tr>
                    <th scope="col">{t('system.detailName')}</th>
                    <th scope="col">{t('system.detailInfo')}</th>
                    <th scope="col" className="num">
                      {t('system.detailSize')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data[kind].rows.slice(0, 500).map((row, index) => (
                    <tr key={`${row.name}-${index}`}>
                      <td className="mono-ish">{row.name}</td>
                      <td className="muted">{row.detail}</td>
                      <td className="num">{bytes(row.size)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          ))}
        </>
      )}
      <CommandLine command="docker system df -v" />
    </section>
  );
}
