// What the app:// protocol handler serves: files under out/renderer and nothing else. A request
// is mapped to a file only when its path, decoded, has no `..`, no backslash and no control
// character, stays inside the root, and has a type we know; everything else is refused.
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from './app-url';
import { hasControlCharacter } from './control-characters';
import { RENDERER_CSP } from '@shared/csp';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export type AppAsset = { ok: true; file: string; mimeType: string } | { ok: false; status: 400 | 403 | 404 };

/** Maps an app:// request URL to a file under `root` (an absolute folder). */
export function resolveAppAsset(requestUrl: string, root: string): AppAsset {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (hasControlCharacter(decoded) || decoded.includes('\\')) return { ok: false, status: 400 };
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { ok: false, status: 403 };
  const relative = segments.length === 0 || decoded.endsWith('/') ? [...segments, 'index.html'] : segments;
  const file = path.join(root, ...relative);
  if (!isInside(root, file)) return { ok: false, status: 403 };
  const mimeType = mimeTypes[path.extname(file).toLowerCase()];
  if (!mimeType) return { ok: false, status: 404 };
  return { ok: true, file, mimeType };
}

/** True when `file` is `root` or below it (both absolute; compare after resolving symlinks). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}

/** Headers of every app:// response. */
export function appResponseHeaders(mimeType: string): Record<string, string> {
  return {
    'Content-Type': mimeType,
    'Content-Security-Policy': `${RENDERER_CSP}; frame-ancestors 'none'`,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}
