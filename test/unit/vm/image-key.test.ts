// The built VM image is cached under a key of its recipe: any change to the build script or to a
// guest file (berth-init, initramfs-init) must give a new key, so a stale cached image is never
// booted after the recipe changed (as it did when the boot was reworked for speed).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildScriptKey } from '@core/vm/qemu/image';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function recipe(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'berth-image-key-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'guest'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const base = { 'build-image.sh': 'build', 'guest/berth-init': 'init', 'guest/initramfs-init': 'stage1' };

describe('buildScriptKey', () => {
  it('is the same for the same recipe', () => {
    expect(buildScriptKey(recipe(base))).toBe(buildScriptKey(recipe(base)));
  });

  it('changes with the build script, with any guest file, and with a guest file added', () => {
    const key = buildScriptKey(recipe(base));
    expect(buildScriptKey(recipe({ ...base, 'build-image.sh': 'build2' }))).not.toBe(key);
    expect(buildScriptKey(recipe({ ...base, 'guest/berth-init': 'init --iptables=false' }))).not.toBe(key);
    expect(buildScriptKey(recipe({ ...base, 'guest/initramfs-init': 'stage1 insmod' }))).not.toBe(key);
    expect(buildScriptKey(recipe({ ...base, 'guest/extra': '' }))).not.toBe(key);
  });

  it('keys the repository recipe to a 16-hex-digit name', () => {
    expect(buildScriptKey(resolve('scripts/vm'))).toMatch(/^[0-9a-f]{16}$/);
  });
});
