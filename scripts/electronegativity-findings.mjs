// Helpers of scripts/check-electron.mjs, apart so that unit tests can run them on small inputs.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The source file a line of the bundle came from: the nearest `// src/...` region comment above. */
export function sourceOf(bundleText, line) {
  const lines = bundleText.split('\n');
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index -= 1) {
    const match = /^\/\/ (src\/\S+\.tsx?)$/.exec(lines[index]);
    if (match) return match[1];
  }
  return null;
}

/** Every TypeScript source file, repository-relative. */
export function sourceFiles(root) {
  return readdirSync(path.join(root, 'src'), { recursive: true })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => `src/${file.split(path.sep).join('/')}`);
}

/** How many `electronegativity-ok CHECK: reason` comments (with a reason) the source file holds. */
export function explanationsIn(text, check) {
  const marker = new RegExp(`electronegativity-ok ${check}: \\S`, 'g');
  return text.match(marker)?.length ?? 0;
}

/**
 * The findings of the SARIF report the scanner writes for `-o x.sarif`. SARIF, not CSV: the scanner writes its
 * CSV header and body with two concurrent writeFile calls, which can interleave and garble the
 * first row under load; the SARIF report is one write. A finding about the app as a whole has the
 * uri `file:///` and no file here.
 */
export function findingsFromSarif(text) {
  const report = JSON.parse(text);
  return (report.runs?.[0]?.results ?? []).map((result) => {
    const location = result.locations?.[0]?.physicalLocation;
    const uri = location?.artifactLocation?.uri ?? 'file:///';
    return {
      check: result.ruleId,
      level: result.level ?? 'warning',
      file: uri === 'file:///' ? null : uri,
      line: location?.region?.startLine ?? 1,
      column: location?.region?.startColumn ?? 1,
    };
  });
}
