// The system: disk usage as `docker system df` computes it (layers shared by images counted once).
import type { DiskUsage } from '@shared/api';
import { engineProcedure, router } from './trpc';

interface EngineDf {
  LayersSize?: number;
  Images?: Array<{ Containers?: number; Size?: number; SharedSize?: number }>;
  Containers?: Array<{ SizeRw?: number; State?: string }>;
  Volumes?: Array<{ UsageData?: { Size?: number; RefCount?: number } }>;
  BuildCache?: Array<{ Size?: number; InUse?: boolean; Shared?: boolean }>;
}

export const systemRouter = router({
  df: engineProcedure.query(async ({ ctx }): Promise<DiskUsage> => {
    const df = (await ctx.engine.api().df()) as EngineDf;
    const images = df.Images ?? [];
    const containers = df.Containers ?? [];
    const volumes = df.Volumes ?? [];
    const cache = df.BuildCache ?? [];
    const positive = (n: number | undefined) => (n !== undefined && n > 0 ? n : 0);
    return {
      // The CLI's "Images SIZE": the sum of unique layers, not of image sizes.
      imagesSize: positive(df.LayersSize),
      images: images.length,
      containersSize: containers.reduce((sum, c) => sum + positive(c.SizeRw), 0),
      containers: containers.length,
      volumesSize: volumes.reduce((sum, v) => sum + positive(v.UsageData?.Size), 0),
      volumes: volumes.length,
      buildCacheSize: cache.filter((c) => !c.Shared).reduce((sum, c) => sum + positive(c.Size), 0),
    };
  }),
});
