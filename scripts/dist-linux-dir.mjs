#!/usr/bin/env node
// `npm run dist:linux-dir`: builds and packages the Linux `dir` target (dist/linux-unpacked) where
// Electron's binary exists; elsewhere prints one line saying why and exits 0.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distLinuxDirPlan } from './dist-plan.mjs';
import { electronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const plan = distLinuxDirPlan({
  electron: electronBinary(),
  platform: process.platform,
});
if (!plan.run) {
  console.log(plan.message);
  process.exit(0);
}
for (const [command, args] of plan.steps) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
console.log(`Packaged: ${path.join(root, 'dist', 'linux-unpacked')}`);
