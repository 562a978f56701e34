// One page per image: history/layers, inspect, save. Owned by the image-build feature.
export function ImageDetailsPage() {
  return null;
}
