// The path aliases (`@core/…`, `@shared/…`) have one source, tsconfig.base.json's `paths`; the
// bundler, the test runner and the layer lint rule read them from there.
import fs from 'node:fs';
import path from 'node:path';

// The nearest folder up with tsconfig.base.json: config loaders that bundle this file inline give it
// the importing config's folder, not scripts/.
function repositoryRoot(from) {
  for (let folder = from; ; folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, 'tsconfig.base.json'))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`No tsconfig.base.json above ${from}`);
  }
}
const root = repositoryRoot(import.meta.dirname);
const { paths } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;

/** `{ '@core/': 'src/main/core/' }`: each alias prefix and the repository folder it stands for. */
export const aliasFolders = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [
    alias.replace(/\*$/, ''),
    path.posix.normalize(target.replace(/\*$/, '')),
  ]),
);

/** For Vite's `resolve.alias`: `@core/x` resolves to `<repo>/src/main/core/x`. */
export const viteAliases = Object.entries(aliasFolders).map(([prefix, folder]) => ({
  find: new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  replacement: path.join(root, folder) + path.sep,
}));
