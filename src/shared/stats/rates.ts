// Per-second rates from two cumulative samples (network and block I/O counters).
import type { StatsSample } from './sample';

export interface StatsRates {
  time: number;
  networkRxPerSec: number;
  networkTxPerSec: number;
  blockReadPerSec: number;
  blockWritePerSec: number;
}

function perSecond(previous: number, next: number, seconds: number): number {
  // A counter that went down was reset (restart, interface gone): no rate, not a negative one.
  if (seconds <= 0 || next < previous) return 0;
  return (next - previous) / seconds;
}

export function ratesBetween(previous: StatsSample | null, next: StatsSample): StatsRates {
  const seconds = previous ? (next.time - previous.time) / 1000 : 0;
  return {
    time: next.time,
    networkRxPerSec: previous ? perSecond(previous.networkRx, next.networkRx, seconds) : 0,
    networkTxPerSec: previous ? perSecond(previous.networkTx, next.networkTx, seconds) : 0,
    blockReadPerSec: previous ? perSecond(previous.blockRead, next.blockRead, seconds) : 0,
    blockWritePerSec: previous ? perSecond(previous.blockWrite, next.blockWrite, seconds) : 0,
  };
}
