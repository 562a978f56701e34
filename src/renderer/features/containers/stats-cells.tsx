// Live CPU % and memory for the rows in view. Owned by the stats feature.
// One `containers.stats.followMany` subscription carries every visible running row; the server shares the
// per-container engine streams with any Stats tab that is open.
import { useSubscription } from '@trpc/tanstack-react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBinaryBytes } from '@shared/format/bytes';
import { useEngineStatus } from '@renderer/api/hooks';
import { useTRPC } from '@renderer/api/trpc';
import './stats-cells.css';

export interface LiveStats {
  /** null until a second reading (CPU % needs a previous one); memory shows from the first. */
  cpuPercent: number | null;
  memoryBytes: number;
  memoryLimit: number;
}

const DEBOUNCE_MS = 300;
const MAX_IDS = 200;

/** Live stats for the given (visible, running) container IDs; subscribes only while mounted. */
export function useLiveStats(ids: string[]): ReadonlyMap<string, LiveStats> {
  const trpc = useTRPC();
  // A stable, order-free key, so re-sorting the list does not resubscribe.
  const key = useMemo(() => [...new Set(ids)].sort().slice(0, MAX_IDS).join(','), [ids]);
  const [subscribed, setSubscribed] = useState(key);
  const [stats, setStats] = useState<ReadonlyMap<string, LiveStats>>(() => new Map());
  const connected = useEngineStatus().data?.state === 'connected';

  // While the user scrolls, the visible set changes often: subscribe once it settles.
  useEffect(() => {
    if (key === subscribed) return;
    const timer = setTimeout(() => setSubscribed(key), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, subscribed]);

  const subscribedIds = useMemo(() => (subscribed ? subscribed.split(',') : []), [subscribed]);
  useSubscription(
    trpc.containers.stats.followMany.subscriptionOptions(
      { ids: subscribedIds },
      {
        enabled: subscribedIds.length > 0,
        onData: (batch) =>
          setStats((current) => {
            const next = new Map(current);
            for (const { id, ...values } of batch) next.set(id, values);
            return next;
          }),
      },
    ),
  );

  // Figures of a lost engine are not live: drop them rather than freeze them on screen (state
  // adjusted while rendering, as React advises, rather than in an effect).
  const [wasConnected, setWasConnected] = useState(connected);
  if (connected !== wasConnected) {
    setWasConnected(connected);
    if (!connected) setStats(new Map());
  }

  // Rows that left the view keep no stale numbers.
  return useMemo(() => {
    if (!connected) return new Map<string, LiveStats>();
    const wanted = new Set(ids);
    const visible = new Map<string, LiveStats>();
    for (const [id, value] of stats) if (wanted.has(id)) visible.set(id, value);
    return visible;
  }, [stats, ids, connected]);
}

/** CPU % of one row, with a thin bar; "—" until there are two readings to measure between. */
export function CpuCell({ stats }: { stats: LiveStats | undefined }) {
  const { t } = useTranslation();
  if (stats?.cpuPercent == null) return <span className="muted">—</span>;
  const value = `${stats.cpuPercent.toFixed(2)}%`;
  return (
    <span className="stat-cell" title={t('containerStats.cpuCell', { value })}>
      <span className="stat-cell-text">{value}</span>
      <span className="stat-cell-bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, stats.cpuPercent)}%` }} />
      </span>
    </span>
  );
}

/** Memory in use of one row against its limit. */
export function MemoryCell({ stats }: { stats: LiveStats | undefined }) {
  const { t } = useTranslation();
  if (!stats) return <span className="muted">—</span>;
  const used = formatBinaryBytes(stats.memoryBytes);
  const limit = formatBinaryBytes(stats.memoryLimit);
  const percent = stats.memoryLimit ? (stats.memoryBytes / stats.memoryLimit) * 100 : 0;
  return (
    <span className="stat-cell" title={t('containerStats.memoryCell', { used, limit })}>
      <span className="stat-cell-text">{used}</span>
      <span className="stat-cell-bar" aria-hidden="true">
        <span style={{ width: `${Math.min(100, percent)}%` }} />
      </span>
    </span>
  );
}
