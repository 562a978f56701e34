// A bounded time window of chart points: keeps the last `windowMs` and never more than `maxPoints`.
export const HISTORY_WINDOW_MS = 5 * 60_000;
export const HISTORY_MAX_POINTS = 400;

/** `docker stats` streams about one sample a second; a minute holds 80 points, with room to spare. */
const POINTS_PER_MINUTE = 80;

/** The window and point cap for the `statsHistoryMinutes` setting (1 to 60). */
export function historyLimits(minutes: number): { windowMs: number; maxPoints: number } {
  return { windowMs: minutes * 60_000, maxPoints: Math.max(HISTORY_MAX_POINTS, minutes * POINTS_PER_MINUTE) };
}

export function appendToWindow<T extends { time: number }>(
  points: readonly T[],
  point: T,
  windowMs = HISTORY_WINDOW_MS,
  maxPoints = HISTORY_MAX_POINTS,
): T[] {
  const cutoff = point.time - windowMs;
  let start = 0;
  while (start < points.length && points[start]!.time < cutoff) start++;
  const next = points.slice(Math.max(start, points.length + 1 - maxPoints));
  next.push(point);
  return next;
}
