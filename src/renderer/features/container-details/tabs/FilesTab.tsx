// The Files tab of a container's page. Owned by the stats/files/commit feature.
export function FilesTab(_props: { containerId: string }) {
  return null;
}
