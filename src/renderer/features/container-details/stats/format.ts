// Number formats of the stats views, as `docker stats` prints them.
import { formatBinaryBytes, formatBytes } from '@shared/format/bytes';

export function formatPercent(value: number): string {
  return `${value.toFixed(2)}%`;
}

export function formatRate(bytesPerSecond: number): string {
  return `${formatBytes(bytesPerSecond)}/s`;
}

/** A value-axis tick for CPU %: low loads keep their decimals instead of reading "0% 0% 0%". */
export function formatPercentTick(value: number): string {
  if (value === 0) return '0%';
  if (value < 1) return `${Number(value.toFixed(2))}%`;
  if (value < 10) return `${Number(value.toFixed(1))}%`;
  return `${Math.round(value)}%`;
}

export { formatBytes, formatBinaryBytes };
