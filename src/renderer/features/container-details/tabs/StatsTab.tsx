// The Stats tab of a container's page: live CPU, memory, network, disk and process charts, with the
// current values in words, fed by the shared per-container stats stream.
import { useTranslation } from 'react-i18next';
import { statsCommand } from '@shared/cli/stats-commands';
import { findContainer } from '@shared/api';
import { useContainers } from '@renderer/api/hooks';
import { CommandLine } from '@renderer/components/CommandLine';
import {
  formatBinaryBytes,
  formatBytes,
  formatPercent,
  formatPercentTick,
  formatRate,
} from '../stats/format';
import { StatChart } from '../stats/StatChart';
import { useContainerStats, useStatsHistoryMinutes, type StatsPoint } from '../stats/use-container-stats';
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
          <RateChart
            title={t('containerStats.network')}
            points={stats.points}
            series={[
              { key: 'rx', label: t('containerStats.received'), tone: 'accent' },
              { key: 'tx', label: t('containerStats.sent'), tone: 'warn' },
            ]}
            totals={live ? [last.networkRx, last.networkTx] : null}
          />
          <RateChart
            title={t('containerStats.blockIo')}
            points={stats.points}
            series={[
              { key: 'read', label: t('containerStats.read'), tone: 'accent' },
              { key: 'write', label: t('containerStats.written'), tone: 'bad' },
            ]}
            totals={live ? [last.blockRead, last.blockWrite] : null}
          />
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

interface RateSeries {
  key: 'rx' | 'tx' | 'read' | 'write';
  label: string;
  tone: 'accent' | 'warn' | 'bad';
}

/** Two rates (in and out) charted, their latest values in words, and the totals so far. */
function RateChart(props: {
  title: string;
  points: StatsPoint[];
  series: [RateSeries, RateSeries];
  /** The byte totals of both series; null while there are no live figures. */
  totals: [number, number] | null;
}) {
  const { t } = useTranslation();
  const latest = props.points[props.points.length - 1];
  return (
    <StatChart
      title={props.title}
      points={props.points}
      series={props.series.map((s) => ({ key: s.key, label: s.label, color: `var(--${s.tone})` }))}
      format={formatRate}
    >
      {props.totals && latest ? (
        <>
          {props.series.map((s) => (
            <span key={s.key}>
              <span className={`legend-dot legend-${s.tone}`} aria-hidden="true" />
              {s.label} {formatRate(latest[s.key])}
            </span>
          ))}
          <span className="muted">
            {t('containerStats.totals', {
              value: `${formatBytes(props.totals[0])} / ${formatBytes(props.totals[1])}`,
            })}
          </span>
        </>
      ) : (
        '—'
      )}
    </StatChart>
  );
}
