// Resuming a followed log: the engine's line stamps are stripped when not asked for, the last one
// is found, and the next `since` starts one nanosecond after it (the engine's since is inclusive).
import { describe, expect, it } from 'vitest';
import { lastStamp, sinceAfter, stripStamps } from '@core/containers/log-timestamps';

const a = '2026-11-28T15:37:08.123456789Z';
const b = '2026-11-28T15:37:09.000000001Z';

describe('log timestamps', () => {
  it('strips the stamp at the start of every line, and only there', () => {
    expect(stripStamps(`${a} one\n${b} two ${a} kept\n`)).toBe(`one\ntwo ${a} kept\n`);
  });

  it('finds the last stamped line, looking past a line cut for length', () => {
    expect(lastStamp(`${a} one\n${b} two\n`)).toBe(b);
    expect(lastStamp(`${a} one\nrest of a long line\n`)).toBe(a);
    expect(lastStamp('no stamps\n')).toBeNull();
    expect(lastStamp('')).toBeNull();
  });

  it('resumes one nanosecond after the stamp, carrying into the seconds', () => {
    const seconds = Date.parse('2026-11-28T15:37:08Z') / 1000;
    expect(sinceAfter(a)).toBe(`${seconds}.123456790`);
    expect(sinceAfter('2026-11-28T15:37:08.999999999Z')).toBe(`${seconds + 1}.000000000`);
    expect(sinceAfter('2026-11-28T15:37:08Z')).toBe(`${seconds}.000000001`);
    expect(sinceAfter('2026-11-28T17:37:08.5+02:00')).toBe(`${seconds}.500000001`);
    expect(sinceAfter('garbage')).toBeNull();
  });
});
