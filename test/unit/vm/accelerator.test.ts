import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chooseAccelerator,
  compiledInAccelerators,
  cpuModelFor,
  parseAccelHelp,
  type AcceleratorFacts,
} from '@core/vm/qemu/accelerator';

const linux: AcceleratorFacts = { platform: 'linux', compiledIn: ['tcg', 'kvm'], kvmDevice: true, hvfSupported: false, hangs: [] }; // prettier-ignore

describe('chooseAccelerator', () => {
  it('takes KVM on Linux when /dev/kvm is usable', () => {
    expect(chooseAccelerator(linux)).toEqual({ accel: 'kvm', warning: null });
  });

  it('falls back to TCG with a warning that says why', () => {
    const noDevice = chooseAccelerator({ ...linux, kvmDevice: false });
    expect(noDevice.accel).toBe('tcg');
    expect(noDevice.warning).toMatch(/\/dev\/kvm is missing or not writable/);
    const hung = chooseAccelerator({ ...linux, hangs: ['kvm'] });
    expect(hung.accel).toBe('tcg');
    expect(hung.warning).toMatch(/hung at boot/);
    const notBuilt = chooseAccelerator({ ...linux, compiledIn: ['tcg'] });
    expect(notBuilt.warning).toMatch(/built without KVM/);
  });

  it('takes HVF on macOS and WHPX on Windows', () => {
    const mac: AcceleratorFacts = { ...linux, platform: 'darwin', compiledIn: ['tcg', 'hvf'], kvmDevice: false, hvfSupported: true }; // prettier-ignore
    expect(chooseAccelerator(mac).accel).toBe('hvf');
    expect(chooseAccelerator({ ...mac, hvfSupported: false }).accel).toBe('tcg');
    const win: AcceleratorFacts = {
      ...linux,
      platform: 'win32',
      compiledIn: ['tcg', 'whpx'],
      kvmDevice: false,
    };
    expect(chooseAccelerator(win).accel).toBe('whpx');
  });

  it('honours a forced choice, and refuses an accelerator of another platform', () => {
    expect(chooseAccelerator(linux, 'tcg')).toEqual({ accel: 'tcg', warning: null });
    const hvfOnLinux = chooseAccelerator({ ...linux, compiledIn: ['tcg', 'kvm', 'hvf'] }, 'hvf');
    expect(hvfOnLinux.accel).toBe('tcg');
    expect(hvfOnLinux.warning).toMatch(/macOS reports no Hypervisor.framework|does not exist on linux/);
    expect(chooseAccelerator({ ...linux, platform: 'freebsd' }).accel).toBe('tcg');
  });

  it('uses the host CPU with hardware help and the fullest model in software', () => {
    expect(cpuModelFor('kvm')).toBe('host');
    expect(cpuModelFor('tcg')).toBe('max');
  });

  it('parses `-accel help`', () => {
    expect(parseAccelHelp('Accelerators supported in QEMU binary:\ntcg\nkvm\n')).toEqual(['tcg', 'kvm']);
  });
});

describe('compiledInAccelerators', () => {
  it('asks a QEMU binary once, and asks again after a failed probe', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'berth-accel-'));
    try {
      const calls = join(dir, 'calls');
      const qemu = join(dir, 'qemu-system-test');
      writeFileSync(qemu, `#!/bin/sh\necho x >>'${calls}'\nprintf 'Accelerators supported in QEMU binary:\\ntcg\\nkvm\\n'\n`, { mode: 0o755 }); // prettier-ignore
      expect(await compiledInAccelerators(qemu)).toEqual(['tcg', 'kvm']);
      expect(await compiledInAccelerators(qemu)).toEqual(['tcg', 'kvm']);
      expect(readFileSync(calls, 'utf8').split('\n').filter(Boolean)).toHaveLength(1);

      const broken = join(dir, 'qemu-broken');
      writeFileSync(broken, `#!/bin/sh\necho x >>'${calls}'\nexit 1\n`, { mode: 0o755 });
      expect(await compiledInAccelerators(broken)).toEqual(['tcg']);
      expect(await compiledInAccelerators(broken)).toEqual(['tcg']);
      expect(readFileSync(calls, 'utf8').split('\n').filter(Boolean)).toHaveLength(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
