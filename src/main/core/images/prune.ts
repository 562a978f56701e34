// Prune and remove: what will go is computed first (so the UI can list it before asking), and
// a refused removal names the containers that hold the image.
import type Dockerode from 'dockerode';
import type { ContainerSummary, ImageSummary } from '../../../shared/api';
import type {
  PruneCandidate,
  PruneMode,
  PruneResult,
  RemoveResult,
} from '../../../shared/api/images-transfer';

/**
 * As the engine decides: dangling = no reference at all (no tag, and no digest from a pull);
 * unused = no container (any state) uses it. Both skip images in use.
 */
export function pruneCandidates(images: ImageSummary[], mode: PruneMode): PruneCandidate[] {
  const dangling = (image: ImageSummary) => image.repoTags.length === 0 && image.repoDigests.length === 0;
  return images
    .filter((image) => image.containers === 0 && (mode === 'unused' || dangling(image)))
    .map((image) => ({ id: image.id, repoTags: image.repoTags, size: image.size }))
    .sort((a, b) => b.size - a.size);
}

interface PruneResponse {
  ImagesDeleted?: { Untagged?: string; Deleted?: string }[] | null;
  SpaceReclaimed?: number;
}

export async function pruneImages(docker: Dockerode, mode: PruneMode): Promise<PruneResult> {
  const response = (await docker.pruneImages({
    filters: { dangling: [mode === 'dangling' ? 'true' : 'false'] },
  })) as PruneResponse;
  const items = response.ImagesDeleted ?? [];
  return {
    deleted: items.flatMap((item) => (item.Deleted ? [item.Deleted] : [])),
    untagged: items.flatMap((item) => (item.Untagged ? [item.Untagged] : [])),
    spaceReclaimed: response.SpaceReclaimed ?? 0,
  };
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
