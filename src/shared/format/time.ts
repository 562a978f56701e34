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

/**
 * "3 minutes ago". Never in the future: the engine's clock may run a little ahead of this one
 * (or the page's clock has not ticked yet), and "in 13 seconds" for a past event is untrue.
 */
export function timeAgo(epochSeconds: number, nowMs: number, locale: string): string {
  const diff = Math.min(0, Math.round(epochSeconds - nowMs / 1000));
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of steps) {
    if (Math.abs(diff) >= size || unit === 'second') return format.format(Math.trunc(diff / size), unit);
  }
  return format.format(0, 'second');
}

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/**
 * The engine's status line without its age ("Exited (137) 2 hours ago" → "Exited (137)"). The
 * engine computes the age when it lists, so a kept status goes stale; callers show ages from
 * timestamps that their own clock keeps current.
 */
export function statusWithoutAge(status: string): string {
  return status
    .replace(/^(Exited \(-?\d+\)|Restarting \(-?\d+\)|Dead|Removal In Progress)\s.*$/, '$1')
    .replace(/^Up (?:Less than a second|About an? \w+|\d+ \w+)(?=$| \()/, 'Up')
    .trim();
}
