// The Stats tab of a container's page. Owned by the stats/files/commit feature.
export function StatsTab(_props: { containerId: string }) {
  return null;
}
