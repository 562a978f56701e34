// Live stats of one container: the latest reading, and a bounded window of chart points.
import { useQuery } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useState } from 'react';
import { defaultSettings } from '@shared/api';
import { appendToWindow, historyLimits } from '@shared/stats/history';
import { ratesBetween } from '@shared/stats/rates';
import type { StatsSample } from '@shared/stats/sample';
import { useTRPC } from '@renderer/api/trpc';

export interface StatsPoint {
  time: number;
  /** null for the first reading (a gap in the chart, not a false 0). */
  cpu: number | null;
  memory: number;
  rx: number;
  tx: number;
  read: number;
  write: number;
  pids: number;
}

export interface ContainerStatsState {
  status: 'waiting' | 'live' | 'stopped' | 'error';
  error: string | null;
  last: StatsSample | null;
  points: StatsPoint[];
}

const initial: ContainerStatsState = { status: 'waiting', error: null, last: null, points: [] };

type Limits = ReturnType<typeof historyLimits>;

function withSample(state: ContainerStatsState, sample: StatsSample, limits: Limits): ContainerStatsState {
  // After a stop the counters restart: rates are taken only between readings of one run.
  const previous = state.status === 'live' ? state.last : null;
  const rates = ratesBetween(previous, sample);
  const point: StatsPoint = {
    time: sample.time,
    cpu: sample.cpuPercent,
    memory: sample.memoryBytes,
    rx: rates.networkRxPerSec,
    tx: rates.networkTxPerSec,
    read: rates.blockReadPerSec,
    write: rates.blockWritePerSec,
    pids: sample.pids,
  };
  return {
    status: 'live',
    error: null,
    last: sample,
    points: appendToWindow(state.points, point, limits.windowMs, limits.maxPoints),
  };
}

/** Minutes of samples the charts keep: the `statsHistoryMinutes` setting. */
export function useStatsHistoryMinutes(): number {
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions());
  return settings.data?.statsHistoryMinutes ?? defaultSettings.statsHistoryMinutes;
}

export function useContainerStats(containerId: string): ContainerStatsState {
  const trpc = useTRPC();
  const limits = historyLimits(useStatsHistoryMinutes());
  const [state, setState] = useState(initial);
  useSubscription(
    trpc.containers.stats.follow.subscriptionOptions(
      { id: containerId },
      {
        onData: (event) =>
          setState((current) => {
            if (event.type === 'sample') return withSample(current, event.sample, limits);
            if (event.type === 'stopped') return { ...current, status: 'stopped', error: null };
            return { ...current, status: 'error', error: event.message };
          }),
        onError: (error) => setState((current) => ({ ...current, status: 'error', error: error.message })),
      },
    ),
  );
  return state;
}
