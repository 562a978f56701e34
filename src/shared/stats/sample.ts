// One computed stats reading: what the `stats` subscription sends instead of raw engine JSON.
import type { EngineStats } from './engine-stats';
import {
  blockIoTotals,
  cpuPercent,
  hasPreviousCpu,
  memoryLimit,
  memoryPercent,
  memoryUsage,
  networkTotals,
  pidCount,
} from './formulas';

export interface StatsSample {
  /** Milliseconds since epoch, from the engine's "read" time. */
  time: number;
  /** null for a stream's first reading: it has no previous one to measure CPU against. */
  cpuPercent: number | null;
  memoryBytes: number;
  memoryLimit: number;
  memoryPercent: number;
  /** Running totals since the container started (bytes). */
  networkRx: number;
  networkTx: number;
  blockRead: number;
  blockWrite: number;
  pids: number;
}

/** The compact form the containers list needs, one per visible running row. */
export interface StatsBrief {
  id: string;
  cpuPercent: number | null;
  memoryBytes: number;
  memoryLimit: number;
}

export function toSample(stats: EngineStats, fallbackTime = Date.now()): StatsSample {
  const parsed = stats.read ? Date.parse(stats.read) : NaN;
  const memoryBytes = memoryUsage(stats);
  const limit = memoryLimit(stats);
  const network = networkTotals(stats);
  const block = blockIoTotals(stats);
  return {
    // A stopped container reports the zero time ("0001-01-01..."): use the local clock then.
    time: Number.isFinite(parsed) && parsed > 0 ? parsed : fallbackTime,
    cpuPercent: hasPreviousCpu(stats) ? cpuPercent(stats) : null,
    memoryBytes,
    memoryLimit: limit,
    memoryPercent: memoryPercent(memoryBytes, limit),
    networkRx: network.rx,
    networkTx: network.tx,
    blockRead: block.read,
    blockWrite: block.write,
    pids: pidCount(stats),
  };
}
