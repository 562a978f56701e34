// The QEMU command line of the Berth VM. Pure, so the unit tests pin it. The device set is part of
// a snapshot's identity: a resume needs exactly the devices the snapshot was saved with, so
// everything that changes devices (resources, shares, accelerator, image) is in machineKey.
import { createHash } from 'node:crypto';
import type { Accelerator } from './accelerator';
import { cpuModelFor } from './accelerator';

export interface Share {
  /** 9p mount tag, e.g. "share0". */
  tag: string;
  /** The host folder, mounted at the same path in the VM. */
  path: string;
}

export interface MachineConfig {
  accel: Accelerator;
  cpus: number;
  memoryMiB: number;
  kernel: string;
  initrd: string;
  /** Firmware; qboot is faster than SeaBIOS for a direct kernel boot. null: QEMU's default. */
  bios: string | null;
  rootDisk: string;
  dataDisk: string;
  /** Read-only raw disk holding a tar of the VM's configuration. */
  configDisk: string;
  consoleLog: string;
  engineLog: string;
  qmpSocket: string;
  controlSocket: string;
  pidFile: string;
  /** Host loopback port forwarded to the guest's TLS engine port 2376. */
  enginePort: number;
  shares: readonly Share[];
  /** Name of the internal snapshot to resume from, or null for a cold boot. */
  loadSnapshot: string | null;
}

export const GUEST_ENGINE_PORT = 2376;
export const NETDEV_ID = 'net0';

/** Kernel command line: quiet, without slow probes (i8042, extra UARTs), apparmor off for dockerd. */
export const KERNEL_APPEND = [
  'console=ttyS0',
  'root=/dev/vda',
  'rw',
  'quiet',
  'loglevel=3',
  'apparmor=0',
  'panic=-1',
  '8250.nr_uarts=1',
  'i8042.noaux',
  'i8042.nomux',
  'i8042.nopnp',
  'i8042.dumbkbd',
  'cryptomgr.notests',
  // The kernel seeds its RNG from RDRAND (which -cpu max/host have) at once: no virtio-rng device,
  // one PCI device fewer to enumerate and enable at every boot.
  'random.trust_cpu=on',
  // On a loaded host the early timer check fails under TCG and the kernel panics ("IO-APIC + timer
  // doesn't work"); the timers QEMU emulates are fine.
  'no_timer_check',
  'mitigations=off',
  // Interrupt routing from the MP table rather than ACPI's PCI interrupt links: the AML interpreter
  // took 0.3-0.4 s of emulated CPU per virtio device to enable it (about 3 s a boot under TCG,
  // measured). Every device here is virtio-pci and uses MSI-X, so none needs a legacy INTx line
  // (the console's "can't find IRQ for PCI INT A" is expected). ACPI stays on for power-off and HPET.
  'acpi=noirq',
].join(' ');

/**
 * Under TCG the guest miscalibrates its TSC on a loaded host and its clock runs several times too
 * fast (dockerd's timeouts then fire early and its start drags on); the emulated HPET keeps true time.
 */
export function kernelAppend(accel: Accelerator): string {
  return accel === 'tcg' ? `${KERNEL_APPEND} clocksource=hpet` : KERNEL_APPEND;
}

/** QEMU option values separate their keys with commas; a comma in a path is written twice. */
export function escapeOption(value: string): string {
  return value.replace(/,/g, ',,');
}

function validShare(share: Share): void {
  if (!/^[A-Za-z0-9_]{1,31}$/.test(share.tag)) throw new Error(`bad share tag: ${share.tag}`);
  if (
    !share.path.startsWith('/') ||
    // eslint-disable-next-line no-control-regex
    /[\x00-\x1f\x7f]/.test(share.path) ||
    share.path.split('/').includes('..')
  ) {
    throw new Error(`bad shared folder: ${share.path}`);
  }
}

export function buildQemuArgs(m: MachineConfig): string[] {
  const e = escapeOption;
  const args = [
    '-name', 'berth',
    '-machine', `pc,accel=${m.accel}`,
    '-cpu', cpuModelFor(m.accel),
    '-smp', String(m.cpus),
    '-m', `${m.memoryMiB}M`,
    '-nodefaults', '-no-user-config', '-nographic', '-no-reboot',
    '-kernel', m.kernel,
    '-initrd', m.initrd,
    '-append', kernelAppend(m.accel),
    '-rtc', 'base=utc,clock=host',
    '-chardev', `file,id=console,path=${e(m.consoleLog)},append=on`,
    '-serial', 'chardev:console',
    '-chardev', `socket,id=qmp,path=${e(m.qmpSocket)},server=on,wait=off`,
    '-mon', 'chardev=qmp,mode=control',
    '-pidfile', m.pidFile,
    '-drive', `if=none,id=root,file=${e(m.rootDisk)},format=qcow2,discard=unmap`,
    '-device', 'virtio-blk-pci,drive=root,serial=berth-root',
    '-drive', `if=none,id=data,file=${e(m.dataDisk)},format=qcow2,discard=unmap`,
    '-device', 'virtio-blk-pci,drive=data,serial=berth-data',
    '-drive', `if=none,id=config,file=${e(m.configDisk)},format=raw,readonly=on`,
    '-device', 'virtio-blk-pci,drive=config,serial=berth-config',
    // The engine's TLS port, on the host's loopback only.
    '-netdev', `user,id=${NETDEV_ID},hostfwd=tcp:127.0.0.1:${m.enginePort}-:${GUEST_ENGINE_PORT}`,
    '-device', `virtio-net-pci,netdev=${NETDEV_ID}`,
    '-device', 'virtio-serial-pci,id=serial0',
    '-chardev', `socket,id=control,path=${e(m.controlSocket)},server=on,wait=off`,
    '-device', 'virtserialport,bus=serial0.0,chardev=control,name=org.berth.control',
    '-chardev', `file,id=enginelog,path=${e(m.engineLog)},append=on`,
    '-device', 'virtserialport,bus=serial0.0,chardev=enginelog,name=org.berth.engine',
  ]; // prettier-ignore
  if (m.bios) args.push('-bios', m.bios);
  for (const share of m.shares) {
    validShare(share);
    args.push(
      '-fsdev', `local,id=fs_${share.tag},path=${e(share.path)},security_model=none,multidevs=remap`,
      '-device', `virtio-9p-pci,fsdev=fs_${share.tag},mount_tag=${share.tag}`,
    ); // prettier-ignore
  }
  if (m.loadSnapshot) args.push('-loadvm', m.loadSnapshot);
  return args;
}

/**
 * What a snapshot must match to be resumed: everything on the command line except the per-start
 * parts (the engine port, the snapshot itself) plus the image's identity.
 */
export function machineKey(m: MachineConfig, imageId: string): string {
  const stable = { ...m, enginePort: 0, loadSnapshot: null, imageId };
  return createHash('sha256')
    .update(JSON.stringify(buildQemuArgs(stable)))
    .update(imageId)
    .digest('hex')
    .slice(0, 24);
}

/** hostfwd rules for a published port, on the host's loopback, as HMP writes them. */
export function hostfwdAdd(proto: 'tcp' | 'udp', port: number): string {
  return `hostfwd_add ${NETDEV_ID} ${proto}:127.0.0.1:${port}-:${port}`;
}

export function hostfwdRemove(proto: 'tcp' | 'udp', port: number): string {
  return `hostfwd_remove ${NETDEV_ID} ${proto}:127.0.0.1:${port}`;
}
