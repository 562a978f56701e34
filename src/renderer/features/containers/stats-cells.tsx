// Live CPU % and memory for the rows in view. Owned by the stats feature.
export interface LiveStats {
  cpuPercent: number;
  memoryBytes: number;
  memoryLimit: number;
}

/** Live stats for the given (visible, running) container IDs; subscribes only while mounted. */
export function useLiveStats(_ids: string[]): ReadonlyMap<string, LiveStats> {
  return new Map();
}
