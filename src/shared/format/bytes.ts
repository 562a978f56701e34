// Sizes the way the docker CLI prints them (decimal units: 1 kB = 1000 B).
const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

export function formatBytes(bytes: number, digits = 3): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const text = unit === 0 ? String(Math.round(value)) : Number(value.toPrecision(digits)).toString();
  return `${text} ${units[unit]}`;
}

const binaryUnits = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/**
 * Memory the way `docker stats` prints it: binary units (1 MiB = 1024 KiB), four significant
 * digits, so figures can be compared with the CLI's.
 */
export function formatBinaryBytes(bytes: number, digits = 4): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < binaryUnits.length - 1) {
    value /= 1024;
    unit++;
  }
  const text = unit === 0 ? String(Math.round(value)) : Number(value.toPrecision(digits)).toString();
  return `${text} ${binaryUnits[unit]}`;
}
