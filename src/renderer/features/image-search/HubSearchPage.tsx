// Docker Hub search through the engine, with pull and a tag picker. Owned by the image-build feature.
export function HubSearchPage() {
  return null;
}
