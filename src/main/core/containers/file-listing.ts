// Lists one folder of a container from the archive API's tar stream (works for stopped containers
// too, unlike an exec of `ls`): only the headers are read, bodies are skipped.
import type { Readable } from 'node:stream';
import { extract, type Header } from 'tar-stream';
import type { FileEntry, FileKind, FolderListing } from '@shared/api/container-files';

/** Folders bigger than this are cut short (the engine still has to walk what it sent). */
export const MAX_LISTED_ENTRIES = 5_000;
const MAX_HEADERS_READ = 100_000;

const TYPE_CHAR: Record<string, string> = {
  directory: 'd',
  symlink: 'l',
  'character-device': 'c',
  'block-device': 'b',
  fifo: 'p',
};

/** `ls -l` style permissions, including setuid/setgid/sticky. */
export function modeString(mode: number, type: Header['type'] | undefined): string {
  const bits = ['r', 'w', 'x'];
  let text = TYPE_CHAR[type ?? 'file'] ?? '-';
  for (let shift = 6; shift >= 0; shift -= 3) {
    for (let i = 0; i < 3; i++) text += mode & (1 << (shift + 2 - i)) ? bits[i] : '-';
  }
  const chars = text.split('');
  const special = (flag: number, index: number, set: string) => {
    if (!(mode & flag)) return;
    chars[index] = chars[index] === 'x' ? set : set.toUpperCase();
  };
  special(0o4000, 3, 's');
  special(0o2000, 6, 's');
  special(0o1000, 9, 't');
  return chars.join('');
}

function kindOf(type: Header['type'] | undefined): FileKind {
  if (type === 'directory') return 'directory';
  if (type === 'symlink') return 'symlink';
  if (type === 'file' || type === 'contiguous-file' || type === 'link' || !type) return 'file';
  return 'other';
}

function trimSlashes(name: string): string {
  return name.replace(/^\.\//, '').replace(/^\/+/, '').replace(/\/+$/, '');
}

/**
 * Reads a tar whose first entry is the folder itself (as the archive API sends it) and returns the
 * entries directly inside it. Destroys `tar` once done or cut short.
 */
export async function parseFolderTar(
  tar: Readable,
  path: string,
  limit = MAX_LISTED_ENTRIES,
): Promise<FolderListing> {
  const parser = extract();
  tar.on('error', (error) => parser.destroy(error));
  tar.pipe(parser);
  const entries: FileEntry[] = [];
  let root: string | null = null;
  let truncated = false;
  let seen = 0;
  try {
    for await (const entry of parser) {
      const header = entry.header;
      entry.resume(); // skip the body
      seen++;
      const name = trimSlashes(header.name);
      if (root === null) {
        root = name;
        if (header.type !== 'directory') break; // not a folder: nothing inside
        continue;
      }
      const relative = root ? (name.startsWith(`${root}/`) ? name.slice(root.length + 1) : null) : name;
      if (relative && !relative.includes('/')) {
        if (entries.length >= limit) {
          truncated = true;
          break;
        }
        entries.push({
          name: relative,
          kind: kindOf(header.type),
          size: header.size ?? 0,
          mode: modeString(header.mode ?? 0, header.type),
          modified: header.mtime ? header.mtime.getTime() : 0,
          linkTarget: header.type === 'symlink' || header.type === 'link' ? (header.linkname ?? '') : null,
        });
      }
      if (seen >= MAX_HEADERS_READ) {
        truncated = true;
        break;
      }
    }
  } finally {
    tar.unpipe(parser);
    tar.destroy();
    parser.destroy();
  }
  return { path, entries, truncated };
}
