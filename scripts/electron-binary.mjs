// The local Electron binary for `npm start`, `npm run dist:linux-dir` and the desktop tests.
// Electron 41+ downloads its binary on first use rather than at `npm install` (its package has no
// install script), so an offline or Node 20 install still succeeds; this fetches it once, when
// first needed, and says in one line why when it cannot.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { findElectron } from './start-plan.mjs';

const require = createRequire(import.meta.url);
const DOWNLOAD_TIMEOUT_MS = 20 * 60 * 1000;

function packageDir() {
  return path.dirname(require.resolve('electron/package.json'));
}

/** The binary the installed package names (path.txt, written by its installer); throws when none. */
function locate() {
  const dir = packageDir();
  return path.join(dir, 'dist', readFileSync(path.join(dir, 'path.txt'), 'utf8').trim());
}

/** Runs the package's own installer (its checksums, its cache); its failure's text, or null. */
function download() {
  let dir;
  try {
    dir = packageDir();
  } catch {
    return 'the electron package is not installed: run npm install';
  }
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  console.log(`Downloading Electron ${version}'s binary (once)...`);
  const result = spawnSync(process.execPath, [path.join(dir, 'install.js')], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  if (result.error) return result.error.message;
  return result.status === 0 ? null : result.stderr || `its installer exited with ${result.status}`;
}

/** findElectron's answer for this checkout (downloads unless ELECTRON_SKIP_BINARY_DOWNLOAD is set). */
export function electronBinary(env = process.env) {
  return findElectron({ locate, download, env });
}
