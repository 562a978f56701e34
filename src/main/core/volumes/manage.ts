// Create, remove, inspect and prune volumes. Prune removes exactly the names the user saw in the
// preview (never a blanket prune, which would also take a volume made after the preview opened),
// and a refused removal names the containers that hold the volume.
import type Dockerode from 'dockerode';
import type { VolumeSummary } from '@shared/api';
import type {
  VolumePruneCandidate,
  VolumePruneResult,
  VolumeSizes,
  VolumeUser,
} from '@shared/api/volumes-manage';
import type { z } from 'zod';
import type { volumeCreateInput } from '@shared/api/volumes-manage';
import { engineMessage } from '../engine/errors';

export class VolumeInUseError extends Error {
  constructor(
    readonly volume: string,
    readonly users: VolumeUser[],
  ) {
    super(
      `The volume ${volume} is in use by ${users.map((user) => user.name).join(', ') || 'a container'} ` +
        'and cannot be removed. Remove those containers first.',
    );
    this.name = 'VolumeInUseError';
  }
}

const entries = (rows: { key: string; value: string }[]) =>
  Object.fromEntries(rows.map((row) => [row.key, row.value]));

export async function createVolume(
  docker: Dockerode,
  input: z.output<typeof volumeCreateInput>,
): Promise<{ name: string }> {
  const created = (await docker.createVolume({
    ...(input.name ? { Name: input.name } : {}),
    Driver: input.driver,
    Labels: entries(input.labels),
    DriverOpts: entries(input.driverOpts),
  })) as unknown as { Name?: string; name?: string };
  // dockerode answers with its Volume handle (`name`); the raw API with `Name`.
  return { name: created.name ?? created.Name ?? input.name };
}

/** Containers (any state) that mount `name`, as the engine's own filter finds them. */
export async function volumeUsers(docker: Dockerode, name: string): Promise<VolumeUser[]> {
  const found = await docker.listContainers({ all: true, filters: { volume: [name] } });
  return found
    .filter((info) => (info.Mounts ?? []).some((mount) => mount.Type === 'volume' && mount.Name === name))
    .map((info) => ({
      id: info.Id,
      name: (info.Names?.[0] ?? info.Id.slice(0, 12)).replace(/^\//, ''),
      state: info.State,
    }));
}

/** `docker volume rm NAME` (never forced); an in-use refusal names the containers. */
export async function removeVolume(docker: Dockerode, name: string): Promise<void> {
  try {
    await docker.getVolume(name).remove();
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 409) {
      throw new VolumeInUseError(name, await volumeUsers(docker, name).catch(() => []));
    }
    throw error;
  }
}

interface EngineDfVolumes {
  Volumes?: Array<{ Name: string; UsageData?: { Size?: number } }> | null;
}

/** Each volume's size as `docker system df -v` shows it (null where the driver cannot say). */
export async function volumeSizes(docker: Dockerode): Promise<VolumeSizes> {
  const df = (await docker.df()) as EngineDfVolumes;
  const sizes: VolumeSizes = {};
  for (const volume of df.Volumes ?? []) {
    const size = volume.UsageData?.Size;
    sizes[volume.Name] = size !== undefined && size >= 0 ? size : null;
  }
  return sizes;
}

const isUnused = (volume: VolumeSummary) => volume.containers === 0;

export function volumePruneCandidates(volumes: VolumeSummary[], sizes: VolumeSizes): VolumePruneCandidate[] {
  return volumes
    .filter(isUnused)
    .map((volume) => ({ name: volume.id, driver: volume.driver, size: sizes[volume.id] ?? null }))
    .sort((a, b) => (b.size ?? 0) - (a.size ?? 0) || a.name.localeCompare(b.name));
}

/**
 * Removes exactly `names` (the preview) that are still unused by the live model, one by one and
 * never forced: a volume a container started to use meanwhile is refused by the engine and kept.
 */
export async function pruneVolumes(
  docker: Dockerode,
  volumes: VolumeSummary[],
  names: string[],
): Promise<VolumePruneResult> {
  const unused = new Set(volumes.filter(isUnused).map((volume) => volume.id));
  const sizes = await volumeSizes(docker).catch((): VolumeSizes => ({}));
  const result: VolumePruneResult = { removed: [], spaceReclaimed: 0, failed: [] };
  for (const name of new Set(names)) {
    if (!unused.has(name)) {
      result.failed.push({ name, message: 'No longer unused or no longer there; kept.' });
      continue;
    }
    try {
      await removeVolume(docker, name);
      result.removed.push(name);
      result.spaceReclaimed += sizes[name] ?? 0;
    } catch (error) {
      result.failed.push({ name, message: error instanceof Error ? error.message : engineMessage(error) });
    }
  }
  return result;
}
