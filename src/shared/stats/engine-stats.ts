// The parts of the engine's /containers/{id}/stats JSON that the formulas read (API 1.41).
// cgroup v1 and v2 differ in memory_stats.stats keys and in blkio op case; both are optional here.

export interface EngineCpuStats {
  cpu_usage?: { total_usage?: number; percpu_usage?: number[] | null };
  system_cpu_usage?: number;
  online_cpus?: number;
}

export interface EngineBlkioEntry {
  major?: number;
  minor?: number;
  op?: string;
  value?: number;
}

export interface EngineStats {
  read?: string;
  preread?: string;
  pids_stats?: { current?: number; limit?: number };
  blkio_stats?: { io_service_bytes_recursive?: EngineBlkioEntry[] | null };
  cpu_stats?: EngineCpuStats;
  precpu_stats?: EngineCpuStats;
  memory_stats?: { usage?: number; limit?: number; stats?: Record<string, number> };
  networks?: Record<string, { rx_bytes?: number; tx_bytes?: number }>;
}
