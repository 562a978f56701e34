import { describe, expect, it } from 'vitest';
import { FailureLimiter } from '@server/rate-limit';

describe('FailureLimiter', () => {
  it('blocks an address after maxFailures within the window, for blockMs', () => {
    let now = 0;
    const limiter = new FailureLimiter({ maxFailures: 3, windowMs: 60_000, blockMs: 30_000, now: () => now });
    expect(limiter.fail('a')).toBe(false);
    expect(limiter.fail('a')).toBe(false);
    expect(limiter.blocked('a')).toBe(false);
    expect(limiter.fail('a')).toBe(true);
    expect(limiter.blocked('a')).toBe(true);
    expect(limiter.blocked('b')).toBe(false);
    now = 29_999;
    expect(limiter.blocked('a')).toBe(true);
    now = 30_000;
    expect(limiter.blocked('a')).toBe(false);
  });

  it('forgets failures older than the window', () => {
    let now = 0;
    const limiter = new FailureLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now });
    limiter.fail('a');
    limiter.fail('a');
    now = 60_000;
    expect(limiter.fail('a')).toBe(false);
    expect(limiter.blocked('a')).toBe(false);
  });

  it('defaults to 10 failures a minute', () => {
    const now = 5;
    const limiter = new FailureLimiter({ now: () => now });
    for (let i = 0; i < 9; i++) expect(limiter.fail('x')).toBe(false);
    expect(limiter.fail('x')).toBe(true);
  });
});
