#!/usr/bin/env node
// `npm run serve -- --port N`: builds first when the build is missing or older than the sources,
// then runs `berth serve` under plain Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
await import(entry);
