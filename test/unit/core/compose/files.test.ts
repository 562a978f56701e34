// Where a compose file may come from: web mode runs the tool only with --allow-host-mounts and
// typed paths only under --build-root; uploads land in a private temp folder that is removed after.
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveComposeFiles, WEB_COMPOSE_REFUSED } from '@core/compose/files';
import { DESKTOP_POLICY, webPolicy } from '@core/policy';
import { TempDirs } from '@core/temp-dirs';

const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-compose-files-'));
const file = path.join(dir, 'compose.yaml');
writeFileSync(file, 'services: {}\n');
const tempDirs = new TempDirs();
afterAll(() => {
  tempDirs.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('resolveComposeFiles', () => {
  it('refuses every file in web mode without --allow-host-mounts', async () => {
    await expect(
      resolveComposeFiles({ kind: 'path', file }, 'a', [], webPolicy({ buildRoots: [dir] }), tempDirs),
    ).rejects.toThrow(WEB_COMPOSE_REFUSED);
    await expect(
      resolveComposeFiles(
        { kind: 'upload', fileName: 'c.yaml', content: '' },
        'a',
        [],
        webPolicy(),
        tempDirs,
      ),
    ).rejects.toThrow(WEB_COMPOSE_REFUSED);
  });

  it('takes web-mode paths only under the build roots', async () => {
    const policy = webPolicy({ allowHostMounts: true, buildRoots: [dir] });
    const inside = await resolveComposeFiles({ kind: 'path', file }, 'a', [], policy, tempDirs);
    expect(inside.files).toEqual([readlink(file)]);
    await expect(
      resolveComposeFiles({ kind: 'path', file: '/etc/hostname' }, 'a', [], policy, tempDirs),
    ).rejects.toThrow(/outside the folders/);
  });

  it('says a missing file is missing, and uses the file’s folder on the desktop', async () => {
    const found = await resolveComposeFiles({ kind: 'path', file }, 'a', [], DESKTOP_POLICY, tempDirs);
    expect(found.cwd).toBe(path.dirname(readlink(file)));
    await expect(
      resolveComposeFiles(
        { kind: 'path', file: path.join(dir, 'nope.yaml') },
        'a',
        [],
        DESKTOP_POLICY,
        tempDirs,
      ),
    ).rejects.toThrow(/No such compose file/);
    await expect(resolveComposeFiles({ kind: 'known' }, 'a', [], DESKTOP_POLICY, tempDirs)).rejects.toThrow(
      /does not say where its files are/,
    );
  });

  it('writes an upload to a private folder and removes it on release', async () => {
    const up = await resolveComposeFiles(
      { kind: 'upload', fileName: '../../etc/x.yaml', content: 'services: {}\n' },
      'a',
      [],
      DESKTOP_POLICY,
      tempDirs,
    );
    expect(readFileSync(up.files[0]!, 'utf8')).toBe('services: {}\n');
    expect(up.shown).toEqual(['.._.._etc_x.yaml']);
    up.release();
    expect(existsSync(up.cwd)).toBe(false);
  });
});

function readlink(p: string): string {
  return path.join(realDir(), path.basename(p));
}
function realDir(): string {
  return realpathSync(dir);
}
