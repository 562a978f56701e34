// `docker system df` arithmetic as the docker CLI does it: layers counted once, in-use images'
// unshared bytes not reclaimable, running containers' and used volumes' bytes not reclaimable.
import { describe, expect, it } from 'vitest';
import { toDiskUsage } from '@core/system/disk-usage';

describe('disk usage', () => {
  it('computes totals, active counts and reclaimable space', () => {
    const usage = toDiskUsage({
      LayersSize: 1000,
      Images: [
        { Id: 'sha256:aaaaaaaaaaaaaaaa', RepoTags: ['app:1'], Containers: 1, Size: 600, SharedSize: 100 },
        {
          Id: 'sha256:bbbbbbbbbbbbbbbb',
          RepoTags: ['<none>:<none>'],
          Containers: 0,
          Size: 500,
          SharedSize: 100,
        },
      ],
      Containers: [
        { Id: 'c1', Names: ['/web'], SizeRw: 10, State: 'running' },
        { Id: 'c2', Names: ['/old'], SizeRw: 30, State: 'exited' },
      ],
      Volumes: [
        { Name: 'used', UsageData: { Size: 40, RefCount: 1 } },
        { Name: 'spare', UsageData: { Size: 60, RefCount: 0 } },
        { Name: 'remote', UsageData: { Size: -1, RefCount: 0 } },
      ],
      BuildCache: [
        { ID: 'cache1xxxxxxxx', Size: 70, InUse: false, Shared: false },
        { ID: 'cache2xxxxxxxx', Size: 5, InUse: true, Shared: false },
      ],
    });
    expect(usage.images).toMatchObject({ total: 2, active: 1, size: 1000, reclaimable: 500 });
    expect(usage.images.rows.map((r) => r.name)).toEqual(['app:1', 'bbbbbbbbbbbb']);
    expect(usage.containers).toMatchObject({ total: 2, active: 1, size: 40, reclaimable: 30 });
    expect(usage.volumes).toMatchObject({ total: 3, active: 1, size: 100, reclaimable: 60 });
    expect(usage.volumes.rows.find((r) => r.name === 'remote')?.size).toBeNull();
    expect(usage.buildCache).toMatchObject({ total: 2, active: 1, size: 75, reclaimable: 70 });
  });
});
