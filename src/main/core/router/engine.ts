// The engines Berth holds, and each one's status (live) and facts.
import type { EngineEntry, EngineInfo, EngineStatus } from '@shared/api';
import { batchedFeed } from '../streams/batched-feed';
import { engineProcedure, publicProcedure, router } from './trpc';

export const engineRouter = router({
  /** Every engine Berth holds, which one is active, and its status. */
  list: publicProcedure.query(({ ctx }): EngineEntry[] => ctx.engines.entries()),
  status: engineProcedure.query(({ ctx }): EngineStatus => ctx.engine.status()),

  /** Current status first, then every change. */
  statusChanges: engineProcedure.subscription(async function* ({ ctx, signal }) {
    for await (const batch of batchedFeed<EngineStatus>({
      subscribe: (push) => ctx.engine.onStatus(push),
      initial: [ctx.engine.status()],
      intervalMs: 0,
      maxQueued: 16,
      onOverflow: () => [ctx.engine.status()],
      signal,
    })) {
      yield batch[batch.length - 1]!;
    }
  }),

  info: engineProcedure.query(async ({ ctx }): Promise<EngineInfo> => {
    const info = await ctx.engine.api().info();
    return {
      name: info.Name,
      operatingSystem: info.OperatingSystem,
      cpus: info.NCPU,
      memoryBytes: info.MemTotal,
      containers: {
        total: info.Containers,
        running: info.ContainersRunning,
        paused: info.ContainersPaused,
        stopped: info.ContainersStopped,
      },
      images: info.Images,
      storageDriver: info.Driver,
      cgroupVersion: String(info.CgroupVersion ?? ''),
      dockerRootDir: info.DockerRootDir,
    };
  }),
});
