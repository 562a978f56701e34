// The archive API's path stat (X-Docker-Container-Path-Stat header): Go's FileMode bits.
import type { IncomingMessage } from 'node:http';

export interface PathStat {
  name: string;
  size: number;
  mode: number;
  mtime: string;
  linkTarget: string;
}

const MODE_DIR = 2 ** 31;
const MODE_SYMLINK = 2 ** 27;

export function readPathStat(response: IncomingMessage): PathStat | null {
  const raw = response.headers['x-docker-container-path-stat'];
  if (typeof raw !== 'string') return null;
  try {
    return JSON.parse(Buffer.from(raw, 'base64').toString('utf8')) as PathStat;
  } catch {
    return null;
  }
}

// `mode` exceeds 2^31, so bitwise operators (32-bit signed) cannot be used.
export function isDirectory(stat: PathStat): boolean {
  return Math.floor(stat.mode / MODE_DIR) % 2 === 1;
}

export function isSymlink(stat: PathStat): boolean {
  return Math.floor(stat.mode / MODE_SYMLINK) % 2 === 1;
}

/** Where a symlink at `path` points, as an absolute path. */
export function resolveLink(path: string, target: string): string {
  if (target.startsWith('/')) return normalize(target);
  const folder = path.replace(/\/[^/]*$/, '') || '/';
  return normalize(`${folder}/${target}`);
}

export function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (!part || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}
