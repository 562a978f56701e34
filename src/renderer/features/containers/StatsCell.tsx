// CPU % or memory of one row: registers the row as visible while mounted (so stats are asked
// for only the rows in view) and draws it with the stats feature's cells ("—" when unknown).
import { useEffect } from 'react';
import type { ContainerSummary } from '@shared/api';
import { CpuCell, MemoryCell, type LiveStats } from './stats-cells';
import type { VisibleIds } from './visible-ids';

interface StatsCellProps {
  container: ContainerSummary;
  kind: 'cpu' | 'memory';
  stats: ReadonlyMap<string, LiveStats>;
  visible: VisibleIds;
}

export function StatsCell({ container, kind, stats, visible }: StatsCellProps) {
  const running = container.state === 'running';
  useEffect(() => (running ? visible.add(container.id) : undefined), [running, container.id, visible]);
  const value = running ? stats.get(container.id) : undefined;
  return kind === 'cpu' ? <CpuCell stats={value} /> : <MemoryCell stats={value} />;
}
