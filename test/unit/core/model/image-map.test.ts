import type { ImageInfo } from 'dockerode';
import { describe, expect, it } from 'vitest';
import { toImageSummary } from '@core/model/image-map';

function info(overrides: Partial<ImageInfo> = {}): ImageInfo {
  return {
    Id: 'sha256:aaa',
    ParentId: '',
    RepoTags: ['nginx:1.27'],
    RepoDigests: ['nginx@sha256:bbb'],
    Created: 1_700_000_000,
    Size: 187_000_000,
    VirtualSize: 187_000_000,
    SharedSize: -1,
    Labels: { maintainer: 'NGINX' },
    Containers: -1,
    ...overrides,
  };
}

describe('toImageSummary', () => {
  it('maps the fields and counts containers from the given map, not the engine', () => {
    expect(toImageSummary(info(), new Map([['sha256:aaa', 3]]))).toEqual({
      id: 'sha256:aaa',
      repoTags: ['nginx:1.27'],
      repoDigests: ['nginx@sha256:bbb'],
      created: 1_700_000_000,
      size: 187_000_000,
      containers: 3,
      labels: { maintainer: 'NGINX' },
    });
  });

  it('counts zero containers for an image nobody uses (never the engine -1)', () => {
    expect(toImageSummary(info(), new Map([['sha256:other', 5]])).containers).toBe(0);
  });

  it('drops the <none> placeholders of dangling images', () => {
    const summary = toImageSummary(
      info({ RepoTags: ['<none>:<none>'], RepoDigests: ['<none>@<none>'] }),
      new Map(),
    );
    expect(summary.repoTags).toEqual([]);
    expect(summary.repoDigests).toEqual([]);
  });

  it('keeps real tags next to a placeholder', () => {
    const summary = toImageSummary(info({ RepoTags: ['<none>:<none>', 'app:dev', 'app:latest'] }), new Map());
    expect(summary.repoTags).toEqual(['app:dev', 'app:latest']);
  });

  it('tolerates missing tags, digests and labels', () => {
    const summary = toImageSummary(
      info({ RepoTags: undefined, RepoDigests: undefined, Labels: null } as unknown as Partial<ImageInfo>),
      new Map(),
    );
    expect(summary.repoTags).toEqual([]);
    expect(summary.repoDigests).toEqual([]);
    expect(summary.labels).toEqual({});
  });
});
