// The docker CLI's own stats formulas for Linux containers (cli/command/container/stats_helpers.go),
// so Berth shows the same numbers as `docker stats`.
import type { EngineBlkioEntry, EngineStats } from './engine-stats';

/** Whether a reading carries a previous one to take CPU % against (a stream's first does not). */
export function hasPreviousCpu(stats: EngineStats): boolean {
  return Boolean(stats.cpu_stats && stats.precpu_stats?.system_cpu_usage);
}

/** CPU % since the previous sample: (cpuDelta / systemDelta) * onlineCPUs * 100. */
export function cpuPercent(stats: EngineStats): number {
  const cpu = stats.cpu_stats;
  const pre = stats.precpu_stats;
  // The stream's first sample has no previous reading: the CLI shows 0 for it too.
  if (!cpu || !pre?.system_cpu_usage) return 0;
  const cpuDelta = (cpu.cpu_usage?.total_usage ?? 0) - (pre.cpu_usage?.total_usage ?? 0);
  const systemDelta = (cpu.system_cpu_usage ?? 0) - pre.system_cpu_usage;
  let onlineCpus = cpu.online_cpus ?? 0;
  if (onlineCpus === 0) onlineCpus = cpu.cpu_usage?.percpu_usage?.length ?? 0;
  if (systemDelta > 0 && cpuDelta > 0) return (cpuDelta / systemDelta) * onlineCpus * 100;
  return 0;
}

/** Memory in use without the page cache that can be reclaimed (calculateMemUsageUnixNoCache). */
export function memoryUsage(stats: EngineStats): number {
  const memory = stats.memory_stats;
  const usage = memory?.usage ?? 0;
  const detail = memory?.stats ?? {};
  // cgroup v1 reports total_inactive_file; cgroup v2 only inactive_file.
  const v1 = detail.total_inactive_file;
  if (v1 !== undefined && v1 < usage) return usage - v1;
  const v2 = detail.inactive_file ?? 0;
  if (v2 < usage) return usage - v2;
  return usage;
}

export function memoryLimit(stats: EngineStats): number {
  return stats.memory_stats?.limit ?? 0;
}

export function memoryPercent(used: number, limit: number): number {
  return limit !== 0 ? (used / limit) * 100 : 0;
}

/** Bytes received and sent, summed over every interface. */
export function networkTotals(stats: EngineStats): { rx: number; tx: number } {
  let rx = 0;
  let tx = 0;
  for (const network of Object.values(stats.networks ?? {})) {
    rx += network.rx_bytes ?? 0;
    tx += network.tx_bytes ?? 0;
  }
  return { rx, tx };
}

/** Bytes read and written by block devices; v1 spells ops "Read"/"Write", v2 "read"/"write". */
export function blockIoTotals(stats: EngineStats): { read: number; write: number } {
  let read = 0;
  let write = 0;
  const entries: EngineBlkioEntry[] = stats.blkio_stats?.io_service_bytes_recursive ?? [];
  for (const entry of entries) {
    const first = entry.op?.[0];
    if (first === 'r' || first === 'R') read += entry.value ?? 0;
    else if (first === 'w' || first === 'W') write += entry.value ?? 0;
  }
  return { read, write };
}

export function pidCount(stats: EngineStats): number {
  return stats.pids_stats?.current ?? 0;
}
