// `docker system df -v`: each kind's count, active count, size and reclaimable space, computed as
// the docker CLI computes them (cli/command/formatter/disk_usage.go), with the rows of -v.
import type Dockerode from 'dockerode';
import type { DiskUsageDetails, DiskUsageGroup } from '@shared/api/system';

interface EngineDf {
  LayersSize?: number;
  Images?: Array<{
    Id: string;
    RepoTags?: string[] | null;
    Containers?: number;
    Size?: number;
    SharedSize?: number;
  }> | null;
  Containers?: Array<{ Id: string; Names?: string[]; SizeRw?: number; State?: string }> | null;
  Volumes?: Array<{ Name: string; UsageData?: { Size?: number; RefCount?: number } }> | null;
  BuildCache?: Array<{ ID: string; Type?: string; Size?: number; InUse?: boolean; Shared?: boolean }> | null;
}

const positive = (n: number | undefined) => (n !== undefined && n > 0 ? n : 0);

export function toDiskUsage(df: EngineDf): DiskUsageDetails {
  const images = df.Images ?? [];
  const containers = df.Containers ?? [];
  const volumes = df.Volumes ?? [];
  const cache = df.BuildCache ?? [];
  const imagesSize = positive(df.LayersSize);
  // The CLI: what in-use images hold (less what they share) is not reclaimable.
  const imagesUsed = images
    .filter(
      (image) => (image.Containers ?? 0) > 0 && (image.Size ?? -1) >= 0 && (image.SharedSize ?? -1) >= 0,
    )
    .reduce((sum, image) => sum + image.Size! - image.SharedSize!, 0);
  const group = (rows: DiskUsageGroup['rows'], active: number, size: number, reclaimable: number) => ({
    total: rows.length,
    active,
    size,
    reclaimable: Math.max(0, reclaimable),
    rows: rows.sort((a, b) => (b.size ?? 0) - (a.size ?? 0)),
  });
  return {
    images: group(
      images.map((image) => ({
        name: image.RepoTags?.find((tag) => tag !== '<none>:<none>') ?? image.Id.slice(7, 19),
        size: image.Size ?? null,
        detail: String(image.Containers ?? 0),
      })),
      images.filter((image) => (image.Containers ?? 0) > 0).length,
      imagesSize,
      imagesSize - imagesUsed,
    ),
    containers: group(
      containers.map((c) => ({
        name: (c.Names?.[0] ?? c.Id.slice(0, 12)).replace(/^\//, ''),
        size: c.SizeRw ?? null,
        detail: c.State ?? '',
      })),
      containers.filter((c) => c.State === 'running').length,
      containers.reduce((sum, c) => sum + positive(c.SizeRw), 0),
      containers.filter((c) => c.State !== 'running').reduce((sum, c) => sum + positive(c.SizeRw), 0),
    ),
    volumes: group(
      volumes.map((v) => ({
        name: v.Name,
        size: (v.UsageData?.Size ?? -1) >= 0 ? v.UsageData!.Size! : null,
        detail: String(Math.max(0, v.UsageData?.RefCount ?? 0)),
      })),
      volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length,
      volumes.reduce((sum, v) => sum + positive(v.UsageData?.Size), 0),
      volumes
        .filter((v) => (v.UsageData?.RefCount ?? 0) === 0)
        .reduce((sum, v) => sum + positive(v.UsageData?.Size), 0),
    ),
    buildCache: group(
      cache.map((c) => ({ name: c.ID.slice(0, 12), size: c.Size ?? null, detail: c.Type ?? '' })),
      cache.filter((c) => c.InUse).length,
      cache.filter((c) => !c.Shared).reduce((sum, c) => sum + positive(c.Size), 0),
      cache.filter((c) => !c.InUse && !c.Shared).reduce((sum, c) => sum + positive(c.Size), 0),
    ),
  };
}

export async function diskUsage(docker: Dockerode): Promise<DiskUsageDetails> {
  return toDiskUsage((await docker.df()) as EngineDf);
}
