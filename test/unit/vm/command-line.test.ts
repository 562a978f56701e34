import { describe, expect, it } from 'vitest';
import {
  buildQemuArgs,
  escapeOption,
  hostfwdAdd,
  hostfwdRemove,
  machineKey,
  type MachineConfig,
} from '@core/vm/qemu/command-line';
import { planShares } from '@core/vm/qemu/shares';
import { parseSnapshotList } from '@core/vm/qemu/disks';

const base: MachineConfig = {
  accel: 'tcg',
  cpus: 2,
  memoryMiB: 2048,
  kernel: '/cache/vmlinuz',
  initrd: '/cache/initrd.img',
  bios: null,
  rootDisk: '/vm/root.qcow2',
  dataDisk: '/vm/data.qcow2',
  configDisk: '/vm/config.tar',
  consoleLog: '/vm/console.log',
  engineLog: '/vm/engine.log',
  qmpSocket: '/run/b/qmp.sock',
  controlSocket: '/run/b/control.sock',
  pidFile: '/run/b/qemu.pid',
  enginePort: 40001,
  shares: [],
  loadSnapshot: null,
};

function after(args: string[], flag: string): string[] {
  return args.flatMap((a, i) => (a === flag ? [args[i + 1] ?? ''] : []));
}

describe('buildQemuArgs', () => {
  it('boots the kernel directly with the resources and accelerator asked for', () => {
    const args = buildQemuArgs(base);
    expect(after(args, '-machine')).toEqual(['pc,accel=tcg']);
    expect(after(args, '-cpu')).toEqual(['max']);
    expect(after(args, '-smp')).toEqual(['2']);
    expect(after(args, '-m')).toEqual(['2048M']);
    expect(after(args, '-kernel')).toEqual(['/cache/vmlinuz']);
    expect(after(args, '-append')[0]).toMatch(/console=ttyS0 root=\/dev\/vda .*apparmor=0/);
    expect(args).toContain('-nodefaults');
    expect(args).not.toContain('-loadvm');
    // A fast cold boot under TCG: interrupt routing without ACPI's AML, and no device the guest
    // does not use (the kernel seeds its RNG from RDRAND; no entropy device to probe).
    expect(after(args, '-append')[0]).toMatch(/\bacpi=noirq\b/);
    expect(after(args, '-append')[0]).toMatch(/\bquiet\b/);
    expect(after(args, '-device').filter((d) => d.startsWith('virtio-rng'))).toEqual([]);
    expect(buildQemuArgs({ ...base, accel: 'kvm', cpus: 4 })).toEqual(expect.arrayContaining(['pc,accel=kvm', 'host', '4'])); // prettier-ignore
  });

  it('forwards the engine port on the loopback only, never on all interfaces', () => {
    const netdev = after(buildQemuArgs(base), '-netdev');
    expect(netdev).toEqual(['user,id=net0,hostfwd=tcp:127.0.0.1:40001-:2376']);
  });

  it('attaches both disks, the read-only config disk, the monitor and the control port', () => {
    const args = buildQemuArgs(base);
    expect(after(args, '-drive')).toEqual([
      'if=none,id=root,file=/vm/root.qcow2,format=qcow2,discard=unmap',
      'if=none,id=data,file=/vm/data.qcow2,format=qcow2,discard=unmap',
      'if=none,id=config,file=/vm/config.tar,format=raw,readonly=on',
    ]);
    expect(after(args, '-mon')).toEqual(['chardev=qmp,mode=control']);
    expect(args.join(' ')).toContain('name=org.berth.control');
    expect(args.join(' ')).toContain('name=org.berth.engine');
  });

  it('shares folders over 9p and escapes commas in paths', () => {
    const args = buildQemuArgs({ ...base, shares: [{ tag: 'share0', path: '/home/a,b c' }] });
    expect(after(args, '-fsdev')).toEqual([
      'local,id=fs_share0,path=/home/a,,b c,security_model=none,multidevs=remap',
    ]);
    expect(after(args, '-device')).toContain('virtio-9p-pci,fsdev=fs_share0,mount_tag=share0');
    expect(escapeOption('a,b,,c')).toBe('a,,b,,,,c');
  });

  it('refuses a share path with .. or control characters, and odd tags', () => {
    expect(() => buildQemuArgs({ ...base, shares: [{ tag: 'share0', path: '/home/../etc' }] })).toThrow(
      /bad shared folder/,
    );
    expect(() => buildQemuArgs({ ...base, shares: [{ tag: 'share0', path: '/home/x\ny' }] })).toThrow(
      /bad shared folder/,
    );
    expect(() => buildQemuArgs({ ...base, shares: [{ tag: 'a,b', path: '/home' }] })).toThrow(
      /bad share tag/,
    );
  });

  it('resumes with -loadvm, and keys a snapshot to the machine, not to the per-start port', () => {
    expect(after(buildQemuArgs({ ...base, loadSnapshot: 'berth' }), '-loadvm')).toEqual(['berth']);
    const key = machineKey(base, 'img');
    expect(machineKey({ ...base, enginePort: 5555, loadSnapshot: 'berth' }, 'img')).toBe(key);
    expect(machineKey({ ...base, memoryMiB: 4096 }, 'img')).not.toBe(key);
    expect(machineKey({ ...base, accel: 'kvm' }, 'img')).not.toBe(key);
    expect(machineKey({ ...base, shares: [{ tag: 'share0', path: '/home' }] }, 'img')).not.toBe(key);
    expect(machineKey(base, 'other-image')).not.toBe(key);
  });

  it('writes hostfwd rules on 127.0.0.1', () => {
    expect(hostfwdAdd('tcp', 8080)).toBe('hostfwd_add net0 tcp:127.0.0.1:8080-:8080');
    expect(hostfwdRemove('udp', 53)).toBe('hostfwd_remove net0 udp:127.0.0.1:53');
  });
});

describe('planShares', () => {
  it('shares each folder once, dropping folders inside another shared one', () => {
    expect(planShares(['/home/u', '/home/u/project', '/srv/data/', '/srv/data'])).toEqual([
      { tag: 'share0', path: '/home/u' },
      { tag: 'share1', path: '/srv/data' },
    ]);
    expect(planShares(['/home/u/../../etc'])).toEqual([{ tag: 'share0', path: '/etc' }]);
  });
});

describe('parseSnapshotList', () => {
  it('reads the tags of `qemu-img snapshot -l`', () => {
    const text = [
      'Snapshot list:',
      'ID        TAG               VM SIZE                DATE     VM CLOCK     ICOUNT',
      '1         berth             312 MiB 2026-11-28 15:54:58 00:01:35.123         --',
      '',
    ].join('\n');
    expect(parseSnapshotList(text)).toEqual(['berth']);
    expect(parseSnapshotList('')).toEqual([]);
  });
});
