// Bytes a folder really occupies (sparse disk images count by their allocated blocks), in words.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function diskUsageBytes(path: string): number {
  if (!existsSync(path)) return 0;
  const st = lstatSync(path);
  if (!st.isDirectory()) return st.blocks !== undefined ? st.blocks * 512 : st.size;
  let total = 0;
  for (const name of readdirSync(path)) total += diskUsageBytes(join(path, name));
  return total;
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
