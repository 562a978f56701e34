import { describe, expect, it } from 'vitest';
import { shortId, statusWithoutAge, timeAgo } from '@shared/format/time';

const now = Date.UTC(2024, 5, 15, 12, 0, 0);
const nowSeconds = now / 1000;

describe('timeAgo', () => {
  it('describes the past in English', () => {
    expect(timeAgo(nowSeconds, now, 'en')).toBe('now');
    expect(timeAgo(nowSeconds - 30, now, 'en')).toBe('30 seconds ago');
    expect(timeAgo(nowSeconds - 3 * 60, now, 'en')).toBe('3 minutes ago');
    expect(timeAgo(nowSeconds - 2 * 3600, now, 'en')).toBe('2 hours ago');
    expect(timeAgo(nowSeconds - 24 * 3600, now, 'en')).toBe('yesterday');
    expect(timeAgo(nowSeconds - 3 * 24 * 3600, now, 'en')).toBe('3 days ago');
    expect(timeAgo(nowSeconds - 14 * 24 * 3600, now, 'en')).toBe('2 weeks ago');
    expect(timeAgo(nowSeconds - 60 * 24 * 3600, now, 'en')).toBe('2 months ago');
    expect(timeAgo(nowSeconds - 2 * 365 * 24 * 3600, now, 'en')).toBe('2 years ago');
  });

  it('rounds down within a unit instead of up to the next one', () => {
    expect(timeAgo(nowSeconds - 119, now, 'en')).toBe('1 minute ago');
    expect(timeAgo(nowSeconds - 59, now, 'en')).toBe('59 seconds ago');
    expect(timeAgo(nowSeconds - (6 * 24 + 23) * 3600, now, 'en')).toBe('6 days ago');
  });

  it('uses sub-second precision of now', () => {
    // 2.6 s in the past rounds to 3 seconds.
    expect(timeAgo(nowSeconds - 2, now + 600, 'en')).toBe('3 seconds ago');
  });

  it('never says a past event is in the future (the engine clock may run ahead)', () => {
    expect(timeAgo(nowSeconds + 13, now, 'en')).toBe('now');
    expect(timeAgo(nowSeconds + 2 * 3600, now, 'ko')).toBe('지금');
  });

  it('speaks Korean', () => {
    expect(timeAgo(nowSeconds, now, 'ko')).toBe('지금');
    expect(timeAgo(nowSeconds - 3 * 60, now, 'ko')).toBe('3분 전');
    expect(timeAgo(nowSeconds - 24 * 3600, now, 'ko')).toBe('어제');
    expect(timeAgo(nowSeconds - 5 * 3600, now, 'ko')).toBe('5시간 전');
  });
});

describe('shortId', () => {
  const hex = '4f2a1b3c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7a8';

  it('keeps the first twelve hex digits', () => {
    expect(shortId(hex)).toBe('4f2a1b3c5d6e');
  });

  it('drops the sha256: prefix of image IDs', () => {
    expect(shortId(`sha256:${hex}`)).toBe('4f2a1b3c5d6e');
  });

  it('leaves short IDs alone and strips the prefix only at the start', () => {
    expect(shortId('abc')).toBe('abc');
    expect(shortId('xsha256:abcdef0123456')).toBe('xsha256:abcd');
  });
});

describe('statusWithoutAge', () => {
  // The age the engine computed when it listed goes; a status that carries none stays.
  it.each([
    ['Exited (137) Less than a second ago', 'Exited (137)'],
    ['Exited (0) 2 hours ago', 'Exited (0)'],
    ['Up 5 minutes', 'Up'],
    ['Up About a minute (healthy)', 'Up (healthy)'],
    ['Up 3 seconds (Paused)', 'Up (Paused)'],
    ['Created', 'Created'],
    ['Restarting (1) 2 seconds ago', 'Restarting (1)'],
  ])('shows "%s" as "%s"', (status, shown) => {
    expect(statusWithoutAge(status)).toBe(shown);
  });
});
