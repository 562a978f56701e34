// The docker CLI's stats formulas, pinned on samples recorded from the private dockerd (cgroup v1
// with the cgroupfs driver on this machine) and on a hand-written cgroup v2 sample of the documented shape.
import { describe, expect, it } from 'vitest';
import type { EngineStats } from '@shared/stats/engine-stats';
import {
  blockIoTotals,
  cpuPercent,
  memoryLimit,
  memoryPercent,
  memoryUsage,
  networkTotals,
  pidCount,
} from '@shared/stats/formulas';
import { toSample } from '@shared/stats/sample';
import busyV1 from './fixtures/cgroup-v1-busy.json';
import limitedV1 from './fixtures/cgroup-v1-memory-limit.json';
import handV2 from './fixtures/cgroup-v2-handwritten.json';

const v1 = busyV1 as EngineStats[];
const v1Limited = limitedV1 as EngineStats[];
const v2 = handV2 as EngineStats[];

describe('CPU %', () => {
  it('is 0 for the first sample of a stream (no previous reading)', () => {
    expect(cpuPercent(v1[0]!)).toBe(0);
  });

  it('follows (cpuDelta / systemDelta) * onlineCPUs * 100 on recorded cgroup v1 samples', () => {
    // (4284384502 - 3388284958) / (2307890000000 - 2305920000000) * 2 * 100
    expect(cpuPercent(v1[1]!)).toBeCloseTo(90.97457299492385, 10);
    expect(cpuPercent(v1[2]!)).toBeCloseTo(96.4143307, 10);
    expect(cpuPercent(v1Limited[1]!)).toBeCloseTo(58.6972913, 10);
  });

  it('falls back to the number of per-CPU counters when online_cpus is missing', () => {
    const sample = structuredClone(v1[1]!);
    delete sample.cpu_stats!.online_cpus;
    expect(sample.cpu_stats!.cpu_usage!.percpu_usage).toHaveLength(2);
    expect(cpuPercent(sample)).toBeCloseTo(90.97457299492385, 10);
  });

  it('uses online_cpus on cgroup v2, which has no per-CPU counters', () => {
    // (5e9 - 4.5e9) / (200e9 - 198e9) * 4 * 100
    expect(cpuPercent(v2[1]!)).toBe(100);
    expect(cpuPercent(v2[0]!)).toBe(10); // 1e8 / 4e9 * 4 * 100
  });

  it('is 0 when either delta is not positive', () => {
    const sample = structuredClone(v2[1]!);
    sample.cpu_stats!.system_cpu_usage = sample.precpu_stats!.system_cpu_usage;
    expect(cpuPercent(sample)).toBe(0);
  });
});

describe('memory', () => {
  it('subtracts total_inactive_file on cgroup v1', () => {
    expect(memoryUsage(v1[1]!)).toBe(606208);
    // 9338880 used, 8388608 of it inactive page cache
    expect(memoryUsage(v1Limited[1]!)).toBe(950272);
    expect(memoryLimit(v1Limited[1]!)).toBe(67108864);
    expect(memoryPercent(950272, 67108864)).toBe(1.416015625);
  });

  it('subtracts inactive_file on cgroup v2', () => {
    expect(memoryUsage(v2[1]!)).toBe(52428800 - 10485760);
    expect(memoryPercent(memoryUsage(v2[1]!), memoryLimit(v2[1]!))).toBe(40);
  });

  it('keeps usage when the inactive figure is not below it, and has no % without a limit', () => {
    expect(memoryUsage({ memory_stats: { usage: 100, stats: { inactive_file: 100 } } })).toBe(100);
    expect(memoryUsage({ memory_stats: { usage: 100, stats: { total_inactive_file: 500 } } })).toBe(100);
    expect(memoryPercent(100, 0)).toBe(0);
  });
});

describe('network, block I/O and PIDs', () => {
  it('sums every interface', () => {
    expect(networkTotals(v2[1]!)).toEqual({ rx: 1500, tx: 2250 });
    expect(networkTotals(v1[1]!)).toEqual({ rx: 736, tx: 0 });
    expect(networkTotals({})).toEqual({ rx: 0, tx: 0 });
  });

  it('reads lower-case v2 ops and capitalised v1 ops, skipping Sync/Async/Total', () => {
    expect(blockIoTotals(v2[1]!)).toEqual({ read: 5120, write: 8192 });
    const sample = structuredClone(v1[1]!);
    sample.blkio_stats = {
      io_service_bytes_recursive: [
        { major: 8, minor: 0, op: 'Read', value: 40960 },
        { major: 8, minor: 0, op: 'Write', value: 81920 },
        { major: 8, minor: 0, op: 'Sync', value: 122880 },
        { major: 8, minor: 0, op: 'Async', value: 7 },
        { major: 8, minor: 0, op: 'Discard', value: 9 },
        { major: 8, minor: 0, op: 'Total', value: 122887 },
      ],
    };
    expect(blockIoTotals(sample)).toEqual({ read: 40960, write: 81920 });
    expect(blockIoTotals(v1[1]!)).toEqual({ read: 0, write: 0 });
  });

  it('reads the PID count', () => {
    expect(pidCount(v2[1]!)).toBe(7);
    expect(pidCount(v1[1]!)).toBe(1);
  });
});

describe('toSample', () => {
  it('computes one reading from raw engine JSON', () => {
    expect(toSample(v2[1]!)).toEqual({
      time: Date.parse('2026-11-22T10:00:02Z'),
      cpuPercent: 100,
      memoryBytes: 41943040,
      memoryLimit: 104857600,
      memoryPercent: 40,
      networkRx: 1500,
      networkTx: 2250,
      blockRead: 5120,
      blockWrite: 8192,
      pids: 7,
    });
  });

  it('uses the local clock when the engine sends the zero time', () => {
    expect(toSample({ read: '0001-01-01T00:00:00Z' }, 1234).time).toBe(1234);
  });
});
