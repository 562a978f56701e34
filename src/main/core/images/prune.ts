// Prune and remove: what will go is computed first (so the UI can list it before asking), and
// a refused removal names the containers that hold the image.
import type Dockerode from 'dockerode';
import type { ContainerSummary, ImageSummary } from '@shared/api';
import type { PruneCandidate, PruneMode, PruneResult, RemoveResult } from '@shared/api/images-transfer';
import { engineMessage } from '../engine/errors';

/**
 * As the engine decides: dangling = no reference at all (no tag, and no digest from a pull);
 * unused = no container (any state) uses it. Both skip images in use.
 */
function isPrunable(image: ImageSummary, mode: PruneMode): boolean {
  const dangling = image.repoTags.length === 0 && image.repoDigests.length === 0;
  return image.containers === 0 && (mode === 'unused' || dangling);
}

export function pruneCandidates(images: ImageSummary[], mode: PruneMode): PruneCandidate[] {
  return images
    .filter((image) => isPrunable(image, mode))
    .map((image) => ({ id: image.id, repoTags: image.repoTags, size: image.size }))
    .sort((a, b) => b.size - a.size);
}

/**
 * Removes exactly the previewed images (`ids`) that are still prunable in `mode` by the live
 * model, never anything else: the engine's own prune would also take an image that appeared after
 * the preview. Each goes without force (its tags and digests first, then its ID), so an image a
 * container started to use in the meantime is refused by the engine and kept.
 */
export async function pruneImages(
  docker: Dockerode,
  images: ImageSummary[],
  mode: PruneMode,
  ids: string[],
): Promise<PruneResult> {
  const prunable = new Map(
    images.filter((image) => isPrunable(image, mode)).map((image) => [image.id, image]),
  );
  const result: PruneResult = { deleted: [], untagged: [], spaceReclaimed: 0, failed: [] };
  for (const id of new Set(ids)) {
    const image = prunable.get(id);
    if (!image) {
      result.failed.push({ id, message: 'No longer unused or no longer there; kept.' });
      continue;
    }
    try {
      let gone = false;
      for (const ref of [...image.repoTags, ...image.repoDigests, image.id]) {
        if (gone) break;
        const removed = await removeImage(docker, ref, false);
        result.untagged.push(...removed.untagged);
        result.deleted.push(...removed.deleted);
        gone = removed.deleted.includes(image.id);
      }
      result.spaceReclaimed += image.size;
    } catch (error) {
      result.failed.push({ id, message: engineMessage(error) });
    }
  }
  return result;
}

export async function removeImage(docker: Dockerode, image: string, force: boolean): Promise<RemoveResult> {
  const items = (await docker.getImage(image).remove({ force })) as { Untagged?: string; Deleted?: string }[];
  return {
    deleted: items.flatMap((item) => (item.Deleted ? [item.Deleted] : [])),
    untagged: items.flatMap((item) => (item.Untagged ? [item.Untagged] : [])),
  };
}

/** The engine's refusal, followed by the names of the containers that use the image. */
export function explainConflict(
  message: string,
  image: ImageSummary | undefined,
  containers: ContainerSummary[],
): string {
  if (!image || !/conflict|being used|must force/i.test(message)) return message;
  const users = containers.filter((container) => container.imageId === image.id).map((c) => c.name);
  return users.length ? `${message} (used by: ${users.join(', ')})` : message;
}

/** Finds an image in the model by ID, short ID or repo:tag. */
export function findImage(images: ImageSummary[], key: string): ImageSummary | undefined {
  const bare = key.replace(/^sha256:/, '');
  return images.find(
    (image) =>
      image.repoTags.includes(key) ||
      image.id === key ||
      (bare.length >= 4 && image.id.replace(/^sha256:/, '').startsWith(bare)),
  );
}
