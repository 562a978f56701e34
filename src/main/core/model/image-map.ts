// Maps the engine's /images/json entries to ImageSummary.
import type { ImageInfo } from 'dockerode';
import type { ImageSummary, Unscoped } from '@shared/api';

const NONE = '<none>:<none>';
const NONE_DIGEST = '<none>@<none>';

/** `containersUsing` counts containers per image ID; the engine reports -1 unless asked. */
export function toImageSummary(
  info: ImageInfo,
  containersUsing: Map<string, number>,
): Unscoped<ImageSummary> {
  return {
    id: info.Id,
    repoTags: (info.RepoTags ?? []).filter((tag) => tag !== NONE),
    repoDigests: (info.RepoDigests ?? []).filter((digest) => digest !== NONE_DIGEST),
    created: info.Created,
    size: info.Size,
    containers: containersUsing.get(info.Id) ?? 0,
    labels: info.Labels ?? {},
  };
}
