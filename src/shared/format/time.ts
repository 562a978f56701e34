// Relative times ("3 minutes ago" / "3분 전") through Intl, so every locale comes for free.
const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function timeAgo(epochSeconds: number, nowMs: number, locale: string): string {
  const diff = Math.round(epochSeconds - nowMs / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of steps) {
    if (Math.abs(diff) >= size || unit === 'second') return format.format(Math.trunc(diff / size), unit);
  }
  return format.format(0, 'second');
}

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
