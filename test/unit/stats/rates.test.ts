// Per-second rates between two cumulative samples, and the bounded chart window.
import { describe, expect, it } from 'vitest';
import type { EngineStats } from '@shared/stats/engine-stats';
import { appendToWindow, historyLimits } from '@shared/stats/history';
import { ratesBetween } from '@shared/stats/rates';
import { toSample } from '@shared/stats/sample';
import handV2 from './fixtures/cgroup-v2-handwritten.json';

const [first, second] = (handV2 as EngineStats[]).map((raw) => toSample(raw));

describe('ratesBetween', () => {
  it('divides counter deltas by the seconds between readings', () => {
    // 2 s apart: rx 700 -> 1500, tx 1050 -> 2250, read 1024 -> 5120, write 4096 -> 8192
    expect(ratesBetween(first!, second!)).toEqual({
      time: second!.time,
      networkRxPerSec: 400,
      networkTxPerSec: 600,
      blockReadPerSec: 2048,
      blockWritePerSec: 2048,
    });
  });

  it('is 0 without a previous sample, for a reset counter, or for no elapsed time', () => {
    expect(ratesBetween(null, second!).networkRxPerSec).toBe(0);
    expect(ratesBetween(second!, first!).networkRxPerSec).toBe(0);
    expect(
      ratesBetween(second!, { ...second!, networkRx: 0, time: second!.time + 1000 }).networkRxPerSec,
    ).toBe(0);
    expect(ratesBetween(second!, second!).blockWritePerSec).toBe(0);
  });
});

describe('appendToWindow', () => {
  it('drops points older than the window', () => {
    let points: { time: number }[] = [];
    for (let time = 0; time <= 10_000; time += 1000) points = appendToWindow(points, { time }, 5000, 100);
    expect(points.map((p) => p.time)).toEqual([5000, 6000, 7000, 8000, 9000, 10000]);
  });

  it('never holds more than the point cap', () => {
    let points: { time: number }[] = [];
    for (let time = 0; time < 1000; time++) points = appendToWindow(points, { time }, 1_000_000, 50);
    expect(points).toHaveLength(50);
    expect(points[0]!.time).toBe(950);
    expect(points[49]!.time).toBe(999);
  });
});

describe('historyLimits', () => {
  it('keeps the setting’s minutes, with room for one sample a second', () => {
    expect(historyLimits(5)).toEqual({ windowMs: 300_000, maxPoints: 400 });
    expect(historyLimits(1)).toEqual({ windowMs: 60_000, maxPoints: 400 });
    const hour = historyLimits(60);
    expect(hour.windowMs).toBe(3_600_000);
    expect(hour.maxPoints).toBeGreaterThanOrEqual(3600);
    // An hour of one sample a second stays whole in the window.
    let points: { time: number }[] = [];
    for (let time = 0; time < 3600; time++)
      points = appendToWindow(points, { time: time * 1000 }, hour.windowMs, hour.maxPoints);
    expect(points).toHaveLength(3600);
  });
});
