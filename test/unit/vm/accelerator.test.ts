import { describe, expect, it } from 'vitest';
import {
  chooseAccelerator,
  cpuModelFor,
  parseAccelHelp,
  type AcceleratorFacts,
} from '../../../src/main/core/vm/qemu/accelerator';

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
