// `docker system prune`, shown before it runs: stopped containers, unused networks, dangling (or
// all unused) images, build cache, and volumes only when asked. The run removes exactly what the
// preview listed (a container or volume that appears meanwhile survives); build cache, which has
// no names worth listing, is pruned as a whole and only when the preview showed some.
import type Dockerode from 'dockerode';
import type { ContainerSummary } from '@shared/api';
import type { PruneMode } from '@shared/api/images-transfer';
import type { SystemPrunePreview, SystemPruneResult, systemPruneInput } from '@shared/api/system';
import type { z } from 'zod';
import type { Engine } from '../engine/engine';
import { engineMessage } from '../engine/errors';
import { pruneCandidates, pruneImages } from '../images/prune';
import { networkPruneCandidates, pruneNetworks } from '../networks/manage';
import { pruneVolumes, volumePruneCandidates } from '../volumes/manage';
import { toDiskUsage } from './disk-usage';

const STOPPED = new Set(['exited', 'created', 'dead']);
const isStopped = (container: ContainerSummary) => STOPPED.has(container.state);

interface DfSizes {
  Containers?: Array<{ Id: string; SizeRw?: number }> | null;
  Volumes?: Array<{ Name: string; UsageData?: { Size?: number } }> | null;
  BuildCache?: Array<{ InUse?: boolean; Shared?: boolean; Size?: number }> | null;
}

export async function systemPrunePreview(
  engine: Engine,
  options: { images: PruneMode; volumes: boolean },
): Promise<SystemPrunePreview> {
  const docker = engine.api();
  const df = (await docker.df()) as DfSizes;
  const rw = new Map((df.Containers ?? []).map((c) => [c.Id, c.SizeRw ?? null]));
  const volumeSizes = Object.fromEntries(
    (df.Volumes ?? []).map((v) => [v.Name, (v.UsageData?.Size ?? -1) >= 0 ? v.UsageData!.Size! : null]),
  );
  const cache = (df.BuildCache ?? []).filter((c) => !c.InUse && !c.Shared);
  return {
    containers: engine.containers
      .list()
      .filter(isStopped)
      .map((c) => ({ id: c.id, name: c.name, size: rw.get(c.id) ?? null })),
    networks: networkPruneCandidates(engine.networks.list()).map((n) => ({
      id: n.id,
      name: n.name,
      size: null,
    })),
    images: pruneCandidates(engine.images.list(), options.images).map((image) => ({
      id: image.id,
      name: image.repoTags[0] ?? '<none>',
      size: image.size,
    })),
    volumes: options.volumes
      ? volumePruneCandidates(engine.volumes.list(), volumeSizes).map((v) => ({
          id: v.name,
          name: v.name,
          size: v.size,
        }))
      : [],
    buildCache: { count: cache.length, size: cache.reduce((sum, c) => sum + Math.max(0, c.Size ?? 0), 0) },
  };
}

export async function systemPrune(
  engine: Engine,
  input: z.output<typeof systemPruneInput>,
): Promise<SystemPruneResult> {
  const docker: Dockerode = engine.api();
  const before = toDiskUsage((await docker.df()) as never);
  const result: SystemPruneResult = {
    containers: 0,
    networks: 0,
    images: 0,
    volumes: 0,
    spaceReclaimed: 0,
    failed: [],
  };
  // In the CLI's order: containers first frees the networks, images and volumes they held.
  const stopped = new Map(
    engine.containers
      .list()
      .filter(isStopped)
      .map((c) => [c.id, c]),
  );
  for (const id of new Set(input.containers)) {
    const container = stopped.get(id);
    if (!container) {
      result.failed.push({ what: id.slice(0, 12), message: 'No longer stopped or no longer there; kept.' });
      continue;
    }
    try {
      await docker.getContainer(id).remove({ force: false, v: false });
      result.containers++;
    } catch (error) {
      result.failed.push({ what: container.name, message: engineMessage(error) });
    }
  }
  const networks = await pruneNetworks(docker, engine.networks.list(), input.networks);
  result.networks = networks.removed.length;
  result.failed.push(...networks.failed.map((f) => ({ what: f.id.slice(0, 12), message: f.message })));
  // The model follows removals through events; the container counts of images may lag a moment,
  // which only makes pruneImages keep an image it would have taken (never the reverse).
  const images = await pruneImages(docker, engine.images.list(), input.imageMode, input.images);
  result.images = new Set(input.images).size - images.failed.length;
  result.failed.push(...images.failed.map((f) => ({ what: f.id.slice(7, 19), message: f.message })));
  if (input.volumes.length > 0) {
    const volumes = await pruneVolumes(docker, engine.volumes.list(), input.volumes);
    result.volumes = volumes.removed.length;
    result.failed.push(...volumes.failed.map((f) => ({ what: f.name, message: f.message })));
  }
  if (input.buildCache) {
    try {
      await docker.pruneBuilder();
    } catch (error) {
      result.failed.push({ what: 'build cache', message: engineMessage(error) });
    }
  }
  const after = toDiskUsage((await docker.df()) as never);
  const total = (d: typeof before) => d.images.size + d.containers.size + d.volumes.size + d.buildCache.size;
  result.spaceReclaimed = Math.max(0, total(before) - total(after));
  return result;
}
