// The Stats tab of a container's page: live CPU, memory, network, disk and process charts, with the
// current values in words, fed by the shared per-container stats stream.
import { useTranslation } from 'react-i18next';
import { statsCommand } from '../../../../shared/cli/stats-commands';
import { findContainer } from '../../../../shared/api';
import { useContainers } from '../../../api/hooks';
import { CommandLine } from '../../../components/CommandLine';
import {
  formatBinaryBytes,
  formatBytes,
  formatPercent,
  formatPercentTick,
  formatRate,
} from '../stats/format';
import { StatChart } from '../stats/StatChart';
import { useContainerStats, useStatsHistoryMinutes } from '../stats/use-container-stats';
import '../stats/stats.css';

export function StatsTab({ containerId }: { containerId: string }) {
  return <StatsView key={containerId} containerId={containerId} />;
}

function StatsView({ containerId }: { containerId: string }) {
  const { t } = useTranslation();
  const { data: containers } = useContainers();
  const container = findContainer(containers, containerId);
  const stats = useContainerStats(containerId);
  const minutes = useStatsHistoryMinutes();
  const last = stats.last;
  const latest = stats.points[stats.points.length - 1];
  const live = stats.status === 'live' && last && latest;

  return (
    <div className="stats-tab">
      <div className="stats-toolbar">
        <span className="muted">{t('containerStats.history', { minutes })}</span>
        <CommandLine command={statsCommand(container?.name ?? containerId)} />
      </div>
      {stats.status === 'stopped' ? (
        <p className="card stats-note" role="status">
          {t('containerStats.stopped')}
        </p>
      ) : null}
      {stats.status === 'error' ? (
        <p className="inline-error stats-note" role="alert">
          {t('containerStats.error', { message: stats.error })}
        </p>
      ) : null}
      {stats.status === 'waiting' ? (
        <p className="muted stats-note" role="status">
          {t('containerStats.waiting')}
        </p>
      ) : null}
      {stats.points.length > 0 ? (
        <div className="stats-grid" role="region" aria-label={t('containerStats.label')}>
          <StatChart
            title={t('containerStats.cpu')}
            points={stats.points}
            series={[{ key: 'cpu', label: t('containerStats.cpu'), color: 'var(--accent)' }]}
            format={formatPercentTick}
          >
            <span className="stat-big">
              {live && last.cpuPercent !== null ? formatPercent(last.cpuPercent) : '—'}
            </span>
          </StatChart>
          <StatChart
            title={t('containerStats.memory')}
            points={stats.points}
            series={[{ key: 'memory', label: t('containerStats.memory'), color: 'var(--ok)' }]}
            format={(v) => formatBinaryBytes(v, 3)}
            // Against the limit once usage is a real share of it; a tiny share stays readable.
            max={live && last.memoryBytes > last.memoryLimit / 4 ? last.memoryLimit : undefined}
          >
            <span className="stat-big">{live ? formatBinaryBytes(last.memoryBytes) : '—'}</span>
            {live ? (
              <span className="muted">
                {t('containerStats.memoryValue', {
                  used: formatBinaryBytes(last.memoryBytes),
                  limit: formatBinaryBytes(last.memoryLimit),
                  percent: formatPercent(last.memoryPercent),
                })}
              </span>
            ) : null}
          </StatChart>
          <StatChart
            title={t('containerStats.network')}
            points={stats.points}
            series={[
              { key: 'rx', label: t('containerStats.received'), color: 'var(--accent)' },
              { key: 'tx', label: t('containerStats.sent'), color: 'var(--warn)' },
            ]}
            format={formatRate}
          >
            {live ? (
              <>
                <span>
                  <span className="legend-dot legend-accent" aria-hidden="true" />
                  {t('containerStats.received')} {formatRate(latest.rx)}
                </span>
                <span>
                  <span className="legend-dot legend-warn" aria-hidden="true" />
                  {t('containerStats.sent')} {formatRate(latest.tx)}
                </span>
                <span className="muted">
                  {t('containerStats.totals', {
                    value: `${formatBytes(last.networkRx)} / ${formatBytes(last.networkTx)}`,
                  })}
                </span>
              </>
            ) : (
              '—'
            )}
          </StatChart>
          <StatChart
            title={t('containerStats.blockIo')}
            points={stats.points}
            series={[
              { key: 'read', label: t('containerStats.read'), color: 'var(--accent)' },
              { key: 'write', label: t('containerStats.written'), color: 'var(--bad)' },
            ]}
            format={formatRate}
          >
            {live ? (
              <>
                <span>
                  <span className="legend-dot legend-accent" aria-hidden="true" />
                  {t('containerStats.read')} {formatRate(latest.read)}
                </span>
                <span>
                  <span className="legend-dot legend-bad" aria-hidden="true" />
                  {t('containerStats.written')} {formatRate(latest.write)}
                </span>
                <span className="muted">
                  {t('containerStats.totals', {
                    value: `${formatBytes(last.blockRead)} / ${formatBytes(last.blockWrite)}`,
                  })}
                </span>
              </>
            ) : (
              '—'
            )}
          </StatChart>
          <StatChart
            title={t('containerStats.pids')}
            points={stats.points}
            series={[{ key: 'pids', label: t('containerStats.pids'), color: 'var(--idle)' }]}
            format={(v) => String(Math.round(v))}
            integer
          >
            <span className="stat-big">{live ? String(last.pids) : '—'}</span>
          </StatChart>
        </div>
      ) : null}
    </div>
  );
}
