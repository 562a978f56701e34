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

/** RFC 4180 CSV as the scanner writes it (quoted fields, doubled quotes). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field.trim());
      field = '';
    } else if (char === '\n') {
      row.push(field.trim());
      if (row.some((cell) => cell !== '')) rows.push(row);
      row = [];
      field = '';
    } else if (char !== '\r') field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field.trim()]);
  return rows;
}
