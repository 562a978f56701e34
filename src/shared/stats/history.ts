// A bounded time window of chart points: keeps the last `windowMs` and never more than `maxPoints`.
export const HISTORY_WINDOW_MS = 5 * 60_000;
export const HISTORY_MAX_POINTS = 400;

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
