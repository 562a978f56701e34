#!/usr/bin/env node
// `npm run serve -- --port N`: builds first when the build is missing or older than the sources,
// then runs `berth serve` under plain Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'out/main/serve.js');

function newestSource(dir) {
  let newest = 0;
  for (const item of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, item.name);
    newest = Math.max(newest, item.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const stale =
  !existsSync(entry) ||
  !existsSync(path.join(root, 'out/renderer/index.html')) ||
  newestSource(path.join(root, 'src')) > statSync(entry).mtimeMs;
if (stale) {
  console.log('Building Berth…');
  const env = { ...process.env };
  try {
    createRequire(import.meta.url).resolve('electron/package.json');
  } catch {
    // electron-vite reads Electron's version for its build target; where the electron package is
    // not installed (e.g. `npm install --omit=dev`), the version package.json asks for does as well.
    const declared = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    const version = declared.devDependencies?.electron ?? '';
    env.ELECTRON_MAJOR_VER ??= version.replace(/^\D*/, '').split('.')[0];
  }
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(entry);
