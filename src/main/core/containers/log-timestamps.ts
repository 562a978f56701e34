// The engine's per-line timestamps, used to resume a followed log exactly where it stopped. A
// followed feed always asks the engine for timestamps; it strips them again when the user did not
// ask, and remembers the last one so the next feed can start just after it (`since` is inclusive,
// so one nanosecond later: no line twice, none lost).
// Pure: unit-tested directly.

/** "2026-11-28T15:37:08.123456789Z " at the start of a line (the engine pads to 9 digits). */
const STAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d) /;
const STAMPS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d) /gm;
/** Lines looked at, from the end, for the last stamp (only a line cut for length has none). */
const MAX_LOOKBACK = 64;

/** The text without the engine's line stamps. */
export function stripStamps(text: string): string {
  return text.replace(STAMPS, '');
}

/** The stamp of the last stamped line of `text` (whole lines, each ending in "\n"), or null. */
export function lastStamp(text: string): string | null {
  let end = text.length - 1;
  for (let looked = 0; end > 0 && looked < MAX_LOOKBACK; looked++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const match = STAMP.exec(text.slice(start, start + 48));
    if (match) return match[0].slice(0, -1);
    if (start === 0) return null;
    end = start - 1;
  }
  return null;
}

/**
 * The engine's `since` ("seconds.nanoseconds", which it compares inclusively) for the first line
 * after one stamped `stamp`; null if the stamp cannot be read.
 */
export function sinceAfter(stamp: string): string | null {
  const match = STAMP.exec(`${stamp} `);
  if (!match) return null;
  const seconds = Date.parse(`${match[1]}${match[3] === 'Z' ? 'Z' : match[3]}`) / 1000;
  if (!Number.isFinite(seconds)) return null;
  const nanos = Number((match[2] ?? '').padEnd(9, '0')) + 1;
  const carry = nanos >= 1e9 ? 1 : 0;
  return `${seconds + carry}.${String(nanos - carry * 1e9).padStart(9, '0')}`;
}
