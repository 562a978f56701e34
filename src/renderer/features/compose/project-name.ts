// A project name compose would accept, proposed from a file or folder name (the user may change it).

/** "My App.yaml" → "myapp"; "compose.yaml" alone gives "" (the folder names the project then). */
export function projectNameFrom(name: string): string {
  return name
    .toLowerCase()
    .replace(/\.(ya?ml)$/, '')
    .replace(/^(docker-)?compose$/, '')
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[-_]+/, '');
}

/** From a full path: the file's name, else its folder's, as compose names a project by its folder. */
export function baseName(file: string): string {
  const parts = file.split('/').filter(Boolean);
  const last = parts[parts.length - 1] ?? '';
  return projectNameFrom(last) || projectNameFrom(parts[parts.length - 2] ?? '');
}
