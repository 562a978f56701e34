// One page per container, with tabs. Owned by the container-details feature.
export function ContainerDetailsPage() {
  return null;
}
