// The folder listing parser on a tar built here in the shape the archive API sends (the folder
// first, then everything below it), the `ls -l` mode string, and symlink path resolution.
import { Readable } from 'node:stream';
import { pack, type Header } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { modeString, parseFolderTar } from '@core/containers/file-listing';
import { isDirectory, isSymlink, resolveLink } from '@core/containers/file-stat';

const mtime = new Date('2026-01-02T03:04:05Z');

async function tarOf(entries: Array<Partial<Header> & { name: string; body?: string }>): Promise<Readable> {
  const tar = pack();
  for (const { body, ...header } of entries) tar.entry({ mtime, mode: 0o644, ...header }, body ?? '');
  tar.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of tar as unknown as AsyncIterable<Buffer>) chunks.push(chunk);
  return Readable.from([Buffer.concat(chunks)]);
}

describe('modeString', () => {
  it('prints like ls -l', () => {
    expect(modeString(0o644, 'file')).toBe('-rw-r--r--');
    expect(modeString(0o755, 'directory')).toBe('drwxr-xr-x');
    expect(modeString(0o777, 'symlink')).toBe('lrwxrwxrwx');
    expect(modeString(0o600, 'character-device')).toBe('crw-------');
  });

  it('shows setuid, setgid and sticky bits', () => {
    expect(modeString(0o4755, 'file')).toBe('-rwsr-xr-x');
    expect(modeString(0o2644, 'file')).toBe('-rw-r-Sr--');
    expect(modeString(0o1777, 'directory')).toBe('drwxrwxrwt');
    expect(modeString(0o1776, 'directory')).toBe('drwxrwxrwT');
  });
});

describe('parseFolderTar', () => {
  it('lists only the entries directly inside the folder, with size, mode, time and link target', async () => {
    const tar = await tarOf([
      { name: 'etc/', type: 'directory', mode: 0o755 },
      { name: 'etc/passwd', body: 'root:x:0:0:root:/root:/bin/sh\n' },
      { name: 'etc/ssl/', type: 'directory', mode: 0o700 },
      { name: 'etc/ssl/cert.pem', body: 'deep file, not listed' },
      { name: 'etc/mtab', type: 'symlink', linkname: '/proc/mounts', mode: 0o777 },
      { name: 'etc/shadow', body: 'x', mode: 0o640 },
    ]);
    const listing = await parseFolderTar(tar, '/etc');
    expect(listing).toEqual({
      path: '/etc',
      truncated: false,
      entries: [
        {
          name: 'passwd',
          kind: 'file',
          size: 30,
          mode: '-rw-r--r--',
          modified: mtime.getTime(),
          linkTarget: null,
        },
        {
          name: 'ssl',
          kind: 'directory',
          size: 0,
          mode: 'drwx------',
          modified: mtime.getTime(),
          linkTarget: null,
        },
        {
          name: 'mtab',
          kind: 'symlink',
          size: 0,
          mode: 'lrwxrwxrwx',
          modified: mtime.getTime(),
          linkTarget: '/proc/mounts',
        },
        {
          name: 'shadow',
          kind: 'file',
          size: 1,
          mode: '-rw-r-----',
          modified: mtime.getTime(),
          linkTarget: null,
        },
      ],
    });
  });

  it('handles the root folder, whose entries carry a leading slash', async () => {
    const tar = await tarOf([
      { name: '/', type: 'directory', mode: 0o755 },
      { name: '/.dockerenv', body: '' },
      { name: '/bin/', type: 'directory', mode: 0o755 },
      { name: '/bin/sh', type: 'symlink', linkname: 'busybox' },
    ]);
    const listing = await parseFolderTar(tar, '/');
    expect(listing.entries.map((entry) => entry.name)).toEqual(['.dockerenv', 'bin']);
  });

  it('stops at the limit and says the listing was cut short', async () => {
    const entries = [{ name: 'big/', type: 'directory' as const }];
    for (let i = 0; i < 20; i++) entries.push({ name: `big/f${i}`, type: 'file' as never });
    const listing = await parseFolderTar(await tarOf(entries), '/big', 5);
    expect(listing.entries).toHaveLength(5);
    expect(listing.truncated).toBe(true);
  });

  it('returns nothing inside a path that is a file', async () => {
    const listing = await parseFolderTar(await tarOf([{ name: 'passwd', body: 'x' }]), '/etc/passwd');
    expect(listing.entries).toEqual([]);
  });
});

describe('path stat helpers', () => {
  it("reads Go's FileMode bits above 2^31", () => {
    expect(isDirectory({ name: 'etc', size: 0, mode: 2147484141, mtime: '', linkTarget: '' })).toBe(true);
    expect(isSymlink({ name: 'sh', size: 0, mode: 134218239, mtime: '', linkTarget: 'busybox' })).toBe(true);
    expect(isDirectory({ name: 'passwd', size: 75, mode: 420, mtime: '', linkTarget: '' })).toBe(false);
  });

  it('resolves relative and absolute link targets', () => {
    expect(resolveLink('/bin/sh', 'busybox')).toBe('/bin/busybox');
    expect(resolveLink('/etc/mtab', '/proc/mounts')).toBe('/proc/mounts');
    expect(resolveLink('/a/b/c', '../d/./e')).toBe('/a/d/e');
    expect(resolveLink('/x', 'y')).toBe('/y');
  });
});
