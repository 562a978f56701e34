// The header's activity button and panel (pulls, pushes, builds). Owned by the images-transfer feature.
export function ActivityButton() {
  return null;
}
