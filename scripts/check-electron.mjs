#!/usr/bin/env node
// `npm run check:electron`: Electronegativity (Doyensec's Electron security scanner) on the
// built main process, preload and page. Every finding must be explained where it arises: a
// comment `electronegativity-ok CHECK_ID: why` in the source file that the flagged line was
// bundled from (found by the `// src/...` region comments the bundler writes). Any finding
// without one fails the check. Run after `electron-vite build`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { explanationsIn, findingsFromSarif, sourceFiles, sourceOf } from './electronegativity-findings.mjs';

const root = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

function fail(message, code = 1) {
  console.error(`check:electron: ${message}`);
  process.exit(code);
}

for (const file of built) {
  if (!existsSync(path.join(root, file))) fail(`${file} is missing: run \`npx electron-vite build\` first.`);
}

let scanner;
try {
  const manifest = require.resolve('@doyensec/electronegativity/package.json');
  scanner = path.join(
    path.dirname(manifest),
    JSON.parse(readFileSync(manifest, 'utf8')).bin.electronegativity,
  );
} catch {
  fail('@doyensec/electronegativity is not installed (it is a devDependency: run `npm ci`).', 2);
}
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

// Only what runs in Electron: not out/main/serve.js (`berth serve`, plain Node) nor the
// renderer's bundles (browser code behind the CSP; the scanner's checks are for Electron APIs).
const input = mkdtempSync(path.join(os.tmpdir(), 'berth-electronegativity-'));
const report = path.join(input, 'findings.sarif');
try {
  cpSync(path.join(root, 'out/main/index.js'), path.join(input, 'app/main/index.js'));
  cpSync(path.join(root, 'out/main/chunks'), path.join(input, 'app/main/chunks'), { recursive: true });
  cpSync(path.join(root, 'out/preload/index.cjs'), path.join(input, 'app/preload/index.cjs'));
  cpSync(path.join(root, 'out/renderer/index.html'), path.join(input, 'app/renderer/index.html'));
  cpSync(path.join(root, 'package.json'), path.join(input, 'app/package.json'));

  // It fetches Electron's release list and translations when it can and carries on offline.
  const run = spawnSync(
    process.execPath,
    [scanner, '-i', path.join(input, 'app'), '-e', electronVersion, '-r', '-v', 'false', '-o', report],
    { encoding: 'utf8', timeout: 600_000 },
  );
  if (!existsSync(report)) {
    fail(`Electronegativity did not run (exit ${run.status ?? run.signal}):\n${run.stderr || run.stdout}`, 2);
  }
  const findings = findingsFromSarif(readFileSync(report, 'utf8'));
  const unexplained = [];
  const used = new Map();
  for (const { check, level, file, line } of findings) {
    const bundle = file ? readFileSync(path.join(input, 'app', file), 'utf8') : null;
    const source = bundle === null ? null : sourceOf(bundle, line);
    const sample = bundle === null ? '' : (bundle.split('\n')[line - 1] ?? '').trim();
    const key = `${source}\0${check}`;
    // A finding about the app as a whole (its CSP, say) is explained anywhere in src/.
    const explanations = (source ? [source] : sourceFiles(root)).reduce(
      (sum, file) => sum + explanationsIn(readFileSync(path.join(root, file), 'utf8'), check),
      0,
    );
    used.set(key, (used.get(key) ?? 0) + 1);
    const ok = used.get(key) <= explanations;
    const where = source ? `${source} (built ${file}:${line})` : 'the whole app';
    console.log(
      `${ok ? 'explained  ' : 'UNEXPLAINED'} ${check} [${level}] in ${where}${sample ? `: ${sample}` : ''}`,
    );
    if (!ok) unexplained.push(check);
  }
  console.log(
    `\nElectronegativity ${electronVersion ? `(Electron ${electronVersion}) ` : ''}found ${findings.length} ` +
      `finding(s), ${unexplained.length} unexplained.`,
  );
  if (unexplained.length > 0) {
    fail(
      'explain each finding with `// electronegativity-ok CHECK_ID: why` in the source file it comes from, or fix it.',
    );
  }
} finally {
  rmSync(input, { recursive: true, force: true });
}
