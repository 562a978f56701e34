// One table row per repo:tag (an image with two tags shows twice, as `docker images` does);
// untagged images show as <none>.
import type { ImageSummary } from '@shared/api';
import { splitRepoTag } from '@shared/api/images';

export interface ImageRow {
  key: string;
  repository: string;
  tag: string;
  image: ImageSummary;
}

export function imageRows(images: ImageSummary[]): ImageRow[] {
  const rows: ImageRow[] = [];
  for (const image of images) {
    if (image.repoTags.length === 0) {
      const fromDigest = image.repoDigests[0]?.split('@')[0];
      rows.push({ key: image.id, repository: fromDigest ?? '<none>', tag: '<none>', image });
      continue;
    }
    for (const ref of image.repoTags) {
      const { repository, tag } = splitRepoTag(ref);
      rows.push({ key: `${image.id}/${ref}`, repository, tag, image });
    }
  }
  return rows;
}

export function matchesImage(row: ImageRow, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return (
    row.repository.toLowerCase().includes(q) ||
    row.tag.toLowerCase().includes(q) ||
    row.image.id.replace('sha256:', '').startsWith(q)
  );
}

export function imageSortKey(row: ImageRow, column: string): string | number {
  switch (column) {
    case 'tag':
      return row.tag;
    case 'created':
      return row.image.created;
    case 'size':
      return row.image.size;
    case 'inUse':
      return row.image.containers;
    default:
      return row.repository;
  }
}

export type ImageFilter = 'all' | 'inUse' | 'unused' | 'dangling';

export function matchesFilter(row: ImageRow, filter: ImageFilter): boolean {
  switch (filter) {
    case 'inUse':
      return row.image.containers > 0;
    case 'unused':
      return row.image.containers === 0;
    case 'dangling':
      return row.image.repoTags.length === 0;
    default:
      return true;
  }
}

/** What actions name and act on: "repo:tag", or the short ID of an untagged image. */
export function rowReference(row: ImageRow): string {
  if (row.tag === '<none>') return row.image.id.replace(/^sha256:/, '').slice(0, 12);
  return `${row.repository}:${row.tag}`;
}
