// Small helpers shared by the benchmarks: timing, percentiles, a printed table.
import { performance } from 'node:perf_hooks';

export async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

export const median = (values: number[]) => percentile(values, 50);

export function printTable(title: string, rows: [string, number | string][]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${title}`);
  console.log(`${'-'.repeat(width + 14)}`);
  for (const [label, value] of rows) {
    const shown = typeof value === 'number' ? `${value.toFixed(1)} ms` : value;
    console.log(`${label.padEnd(width)}  ${shown.padStart(12)}`);
  }
}
