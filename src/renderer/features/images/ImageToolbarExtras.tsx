// Extra buttons in the Images toolbar (Build, Load, Search Hub). Owned by the image-build feature.
export function ImageToolbarExtras() {
  return null;
}
