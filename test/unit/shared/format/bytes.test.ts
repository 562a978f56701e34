import { describe, expect, it } from 'vitest';
import { formatBytes } from '@shared/format/bytes';

describe('formatBytes', () => {
  it('prints whole bytes below one kilobyte', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1)).toBe('1 B');
    expect(formatBytes(999)).toBe('999 B');
  });

  it('uses decimal units like the docker CLI (1 kB = 1000 B, not 1024)', () => {
    expect(formatBytes(1000)).toBe('1 kB');
    expect(formatBytes(1024)).toBe('1.02 kB');
    expect(formatBytes(1_000_000)).toBe('1 MB');
    expect(formatBytes(1_000_000_000)).toBe('1 GB');
    expect(formatBytes(1e12)).toBe('1 TB');
    expect(formatBytes(1e15)).toBe('1 PB');
  });

  it('keeps three significant digits by default and drops trailing zeros', () => {
    expect(formatBytes(1_234_567)).toBe('1.23 MB');
    expect(formatBytes(77_912_345)).toBe('77.9 MB');
    expect(formatBytes(123_456_789)).toBe('123 MB');
    expect(formatBytes(1_500_000)).toBe('1.5 MB');
  });

  it('honours a custom precision', () => {
    expect(formatBytes(1_234_567, 4)).toBe('1.235 MB');
    expect(formatBytes(1_234_567, 1)).toBe('1 MB');
  });

  it('stays in PB for sizes beyond the largest unit', () => {
    expect(formatBytes(2.5e18)).toBe('2500 PB');
  });

  it('shows a dash for values that are not sizes', () => {
    expect(formatBytes(-1)).toBe('—');
    expect(formatBytes(Number.NaN)).toBe('—');
    expect(formatBytes(Number.POSITIVE_INFINITY)).toBe('—');
  });
});

describe('formatBinaryBytes (docker stats memory)', () => {
  it('uses binary units and four significant digits, as the CLI does', async () => {
    const { formatBinaryBytes } = await import('@shared/format/bytes');
    expect(formatBinaryBytes(0)).toBe('0 B');
    expect(formatBinaryBytes(1023)).toBe('1023 B');
    expect(formatBinaryBytes(1024)).toBe('1 KiB');
    expect(formatBinaryBytes(96 * 1024 * 1024)).toBe('96 MiB');
    expect(formatBinaryBytes(1_597_440)).toBe('1.523 MiB');
    expect(formatBinaryBytes(8_335_000_000)).toBe('7.763 GiB');
    expect(formatBinaryBytes(-1)).toBe('—');
  });
});

describe('formatPercentTick (CPU axis)', () => {
  it('keeps decimals at low load', async () => {
    const { formatPercentTick } = await import('@renderer/features/container-details/stats/format');
    expect([0, 0.05, 0.1, 0.15, 0.2].map(formatPercentTick)).toEqual([
      '0%',
      '0.05%',
      '0.1%',
      '0.15%',
      '0.2%',
    ]);
    expect(formatPercentTick(2.5)).toBe('2.5%');
    expect(formatPercentTick(42.4)).toBe('42%');
  });
});
