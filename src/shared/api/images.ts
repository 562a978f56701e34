// Images as the list shows them (their change feed is the shared Change<ImageSummary>).
export interface ImageSummary {
  id: string;
  /** The engine that holds it (see engines.ts). */
  engineId: string;
  /** "repo:tag" entries; empty for a dangling image (shown as <none>). */
  repoTags: string[];
  repoDigests: string[];
  /** Seconds since epoch. */
  created: number;
  size: number;
  /** How many containers (any state) use this image. */
  containers: number;
  labels: Record<string, string>;
}

/** Splits "repo:tag" so that a registry port ("host:5000/repo") is not taken for a tag. */
export function splitRepoTag(ref: string): { repository: string; tag: string } {
  const at = ref.indexOf('@');
  if (at >= 0) return { repository: ref.slice(0, at), tag: ref.slice(at + 1) };
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) return { repository: ref.slice(0, colon), tag: ref.slice(colon + 1) };
  return { repository: ref, tag: 'latest' };
}
