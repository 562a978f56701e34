// The Commit tab of a container's page. Owned by the stats/files/commit feature.
export function CommitTab(_props: { containerId: string }) {
  return null;
}
