// The host folders shared into the VM: the user's home and the folders from settings, each once
// (a folder inside another shared one is already there), tagged share0, share1…
import { posix } from 'node:path';
import type { Share } from './command-line';

export function planShares(folders: readonly string[]): Share[] {
  const normal = [...new Set(folders.map((f) => posix.normalize(f).replace(/(.)\/+$/, '$1')))]
    .filter((f) => f.startsWith('/') && !f.split('/').includes('..'))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const f of normal) {
    if (!kept.some((k) => f === k || f.startsWith(k === '/' ? '/' : `${k}/`))) kept.push(f);
  }
  return kept.map((path, i) => ({ tag: `share${i}`, path }));
}
