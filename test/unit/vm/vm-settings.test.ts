import { describe, expect, it } from 'vitest';
import { vmSettingsSchema } from '@shared/api/vm-settings';

describe('vmSettingsSchema', () => {
  it('fills defaults: the built image, the home shared, 2 CPUs / 2 GiB / 64 GiB, fast start', () => {
    expect(vmSettingsSchema.parse({})).toEqual({
      image: null,
      sharedFolders: [],
      shareHome: true,
      resources: { cpus: 2, memoryMiB: 2048, diskGiB: 64 },
      accelerator: 'auto',
      acceleratedBootDeadlineSec: 30,
      fastStart: true,
    });
  });

  it('takes an image URL with its SHA-256, and refuses other schemes or checksums', () => {
    const sha256 = 'a'.repeat(64);
    expect(
      vmSettingsSchema.parse({ image: { url: 'https://example.org/berth-vm.tar', sha256 } }).image?.sha256,
    ).toBe(sha256);
    expect(() => vmSettingsSchema.parse({ image: { url: 'file:///tmp/x.tar', sha256 } })).toThrow();
    expect(() =>
      vmSettingsSchema.parse({ image: { url: 'https://example.org/x', sha256: 'abc' } }),
    ).toThrow();
  });

  it('refuses shared folders that are relative, climb with .. or hold control characters', () => {
    expect(
      vmSettingsSchema.parse({ sharedFolders: ['/srv/projects', 'C:\\work'] }).sharedFolders,
    ).toHaveLength(2);
    for (const bad of ['projects', '/srv/../etc', '/srv/a\nb']) {
      expect(() => vmSettingsSchema.parse({ sharedFolders: [bad] })).toThrow();
    }
  });
});

describe('qemuOptions', () => {
  it('uses the built image unless settings name a URL, and keeps the VM under the data folder', async () => {
    const { qemuOptions } = await import('@core/vm/vm-options');
    const vm = vmSettingsSchema.parse({ sharedFolders: ['/srv'], acceleratedBootDeadlineSec: 20 });
    const built = qemuOptions(vm, '/data', '/app/scripts/vm');
    expect(built).toMatchObject({
      vmDir: '/data/vm/qemu',
      imageCacheDir: '/data/vm/images',
      image: { kind: 'built', scriptsDir: '/app/scripts/vm' },
      sharedFolders: ['/srv'],
      acceleratedBootDeadlineMs: 20_000,
    });
    const sha256 = 'b'.repeat(64);
    const downloaded = qemuOptions({ ...vm, image: { url: 'https://example.org/vm.tar', sha256 } }, '/data');
    expect(downloaded.image).toEqual({ kind: 'download', url: 'https://example.org/vm.tar', sha256 });
  });
});
