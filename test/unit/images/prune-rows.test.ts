import { describe, expect, it } from 'vitest';
import type { ContainerSummary, ImageSummary } from '@shared/api';
import { explainConflict, findImage, pruneCandidates } from '@core/images/prune';
import { imageRows, matchesFilter, rowReference } from '@renderer/features/images/rows';
import { pruneImagesCommand, pullCommand, removeImageCommand, tagCommand } from '@shared/cli/image-commands';

const image = (id: string, repoTags: string[], containers: number, size = 10): ImageSummary => ({
  id: `sha256:${id.padEnd(64, '0')}`,
  engineId: 'default',
  repoTags,
  repoDigests: [],
  created: 0,
  size,
  containers,
  labels: {},
});

const images = [
  image('aaa', [], 0, 5),
  image('bbb', ['app:1'], 0, 50),
  image('ccc', ['used:1'], 2),
  image('ddd', [], 1),
];

describe('prune candidates', () => {
  it('dangling = untagged and unused', () => {
    expect(pruneCandidates(images, 'dangling').map((c) => c.id)).toEqual([images[0]!.id]);
  });
  it('unused = no container uses it, tagged or not, biggest first', () => {
    expect(pruneCandidates(images, 'unused').map((c) => c.repoTags)).toEqual([['app:1'], []]);
  });
});

describe('remove refusal', () => {
  const user = { id: 'c1', name: 'web', imageId: images[2]!.id } as ContainerSummary;
  it('names the containers that use the image', () => {
    const message = 'conflict: unable to remove repository reference "used:1" (must force)';
    expect(explainConflict(message, images[2], [user])).toBe(`${message} (used by: web)`);
  });
  it('leaves other errors alone', () => {
    expect(explainConflict('No such image: x', images[2], [user])).toBe('No such image: x');
  });
  it('finds an image by tag, full or short ID', () => {
    expect(findImage(images, 'app:1')).toBe(images[1]);
    expect(findImage(images, 'ccc0')).toBe(images[2]);
    expect(findImage(images, 'zzz')).toBeUndefined();
  });
});

describe('image rows', () => {
  const rows = imageRows(images);
  it('filters in use, unused and dangling', () => {
    expect(rows.filter((r) => matchesFilter(r, 'inUse')).map(rowReference)).toEqual([
      'used:1',
      'ddd000000000',
    ]);
    expect(rows.filter((r) => matchesFilter(r, 'unused')).map(rowReference)).toEqual([
      'aaa000000000',
      'app:1',
    ]);
    expect(rows.filter((r) => matchesFilter(r, 'dangling'))).toHaveLength(2);
    expect(rows.filter((r) => matchesFilter(r, 'all'))).toHaveLength(4);
  });
});

describe('docker command lines', () => {
  it('match what the CLI takes', () => {
    expect(pullCommand('127.0.0.1:5000/app:1')).toBe('docker pull 127.0.0.1:5000/app:1');
    expect(tagCommand('app:1', 'reg.example/app:2')).toBe('docker tag app:1 reg.example/app:2');
    expect(removeImageCommand('app:1', true)).toBe('docker image rm --force app:1');
    expect(pruneImagesCommand('dangling')).toBe('docker image prune --force');
    expect(pruneImagesCommand('unused')).toBe('docker image prune --all --force');
  });
});
