// Maps the engine's /volumes entries to VolumeSummary.
import type { Unscoped, VolumeSummary } from '@shared/api';

export interface EngineVolume {
  Name: string;
  Driver: string;
  Mountpoint: string;
  CreatedAt?: string;
  Scope?: string;
  Labels?: Record<string, string> | null;
}

export function toVolumeSummary(volume: EngineVolume, users: Map<string, number>): Unscoped<VolumeSummary> {
  return {
    id: volume.Name,
    driver: volume.Driver,
    mountpoint: volume.Mountpoint,
    createdAt: volume.CreatedAt ?? null,
    scope: volume.Scope ?? 'local',
    labels: volume.Labels ?? {},
    containers: users.get(volume.Name) ?? 0,
    anonymous: /^[0-9a-f]{64}$/.test(volume.Name),
  };
}
