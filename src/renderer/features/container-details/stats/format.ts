// Number formats of the stats views, as `docker stats` prints them.
import { formatBytes } from '../../../../shared/format/bytes';

export function formatPercent(value: number): string {
  return `${value.toFixed(2)}%`;
}

export function formatRate(bytesPerSecond: number): string {
  return `${formatBytes(bytesPerSecond)}/s`;
}

export { formatBytes };
