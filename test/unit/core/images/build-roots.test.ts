// Web mode's build roots: folders outside are refused with one answer whether they exist or not,
// symlinks that leave a root included.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuildContext } from '@core/images/build-context';
import { webPolicy } from '@core/policy';

let base: string;
let root: string;
let outside: string;

beforeAll(() => {
  base = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'berth-roots-')));
  root = path.join(base, 'root');
  outside = path.join(base, 'outside');
  mkdirSync(path.join(root, 'app'), { recursive: true });
  writeFileSync(path.join(root, 'app', 'Dockerfile'), 'FROM scratch\n');
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(path.join(outside, 'secret'), 'top secret\n');
  symlinkSync(outside, path.join(root, 'escape'));
  symlinkSync(path.join(outside, 'secret'), path.join(root, 'app', 'linked-secret'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('checkBuildContext with build roots', () => {
  it('accepts a folder under a root', async () => {
    const roots = webPolicy({ buildRoots: [root] }).buildRoots;
    expect(await checkBuildContext(path.join(root, 'app'), 'Dockerfile', roots)).toMatchObject({
      context: null,
      dockerfile: null,
    });
  });

  it('refuses every folder when no root is given, pointing at --build-root', async () => {
    const check = await checkBuildContext(path.join(root, 'app'), 'Dockerfile', []);
    expect(check.codes?.context).toBe('contextNoRoots');
    expect(check.context).toMatch(/--build-root/);
  });

  it('answers the same for an outside folder that exists and one that does not', async () => {
    const roots = [root];
    const existing = await checkBuildContext(outside, 'Dockerfile', roots);
    const missing = await checkBuildContext(path.join(base, 'nope'), 'Dockerfile', roots);
    const etc = await checkBuildContext('/etc', 'shadow', roots);
    expect(existing.codes?.context).toBe('contextOutsideRoots');
    expect(missing).toEqual(existing);
    expect(etc).toEqual(existing);
    expect(await checkBuildContext(path.join(root, '..', 'outside'), 'Dockerfile', roots)).toEqual(existing);
  });

  it('refuses a symlink out of the root, and a missing folder behind one, the same way', async () => {
    const roots = [root];
    const through = await checkBuildContext(path.join(root, 'escape'), 'Dockerfile', roots);
    const behind = await checkBuildContext(path.join(root, 'escape', 'missing'), 'Dockerfile', roots);
    expect(through.codes?.context).toBe('contextOutsideRoots');
    expect(behind).toEqual(through);
  });

  it('says "No such folder" only inside a root', async () => {
    const check = await checkBuildContext(path.join(root, 'missing'), 'Dockerfile', [root]);
    expect(check.codes?.context).toBe('contextMissing');
  });

  it('keeps the Dockerfile inside the context', async () => {
    for (const file of ['../../outside/Dockerfile', '/etc/passwd', 'linked-secret']) {
      const check = await checkBuildContext(path.join(root, 'app'), file, [root]);
      expect(check.codes?.dockerfile).toBe('dockerfileOutside');
    }
  });

  it('the desktop (no roots) still builds any folder', async () => {
    expect(await checkBuildContext(outside, 'Dockerfile', null)).toMatchObject({
      context: null,
      dockerfile: null,
    });
  });
});

describe('webPolicy', () => {
  it('is closed by default and resolves roots to real paths', () => {
    expect(webPolicy()).toMatchObject({
      webMode: true,
      buildRoots: [],
      allowHostMounts: false,
      allowEngineChange: false,
    });
    expect(webPolicy({ buildRoots: [path.join(root, 'escape')] }).buildRoots).toEqual([outside]);
  });

  it('refuses a root that is missing or relative', () => {
    expect(() => webPolicy({ buildRoots: [path.join(base, 'missing')] })).toThrow(/does not exist/);
    expect(() => webPolicy({ buildRoots: ['relative'] })).toThrow(/full path/);
  });
});
