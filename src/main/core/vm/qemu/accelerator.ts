// Which accelerator QEMU should use: the best one the host offers (KVM on Linux, HVF on macOS,
// WHPX on Windows), else TCG (software emulation) with a warning. Pure, so it is unit-tested; the
// facts come from probeAcceleratorFacts.
import { execFile } from 'node:child_process';
import { constants, accessSync } from 'node:fs';
import { promisify } from 'node:util';
import type { VmAccelerator } from '@shared/api/vm-settings';

export type Accelerator = 'kvm' | 'hvf' | 'whpx' | 'tcg';

export interface AcceleratorFacts {
  platform: NodeJS.Platform;
  /** Accelerators this QEMU binary was built with (`-accel help`). */
  compiledIn: readonly string[];
  /** /dev/kvm exists and this user may open it read-write. */
  kvmDevice: boolean;
  /** macOS: kern.hv_support is 1. */
  hvfSupported: boolean;
  /** A previous start found this accelerator hanging at boot (nested KVM does here). */
  hangs: readonly Accelerator[];
}

export interface AcceleratorChoice {
  accel: Accelerator;
  /** Shown while running: why it is slower than it could be. */
  warning: string | null;
}

const hardware: Record<string, Accelerator> = { linux: 'kvm', darwin: 'hvf', win32: 'whpx' };

function unavailableReason(accel: Accelerator, facts: AcceleratorFacts): string | null {
  if (accel === 'tcg') return null;
  if (!facts.compiledIn.includes(accel)) return `this QEMU was built without ${accel.toUpperCase()}`;
  if (facts.hangs.includes(accel)) return `${accel.toUpperCase()} hung at boot on an earlier start`;
  if (accel === 'kvm' && !facts.kvmDevice) return '/dev/kvm is missing or not writable by this user';
  if (accel === 'hvf' && !facts.hvfSupported) return 'macOS reports no Hypervisor.framework support';
  if (hardware[facts.platform] !== accel) return `${accel.toUpperCase()} does not exist on ${facts.platform}`;
  return null;
}

export function chooseAccelerator(
  facts: AcceleratorFacts,
  preferred: VmAccelerator = 'auto',
): AcceleratorChoice {
  if (preferred === 'tcg') return { accel: 'tcg', warning: null };
  const wanted = preferred === 'auto' ? hardware[facts.platform] : preferred;
  if (!wanted) {
    return {
      accel: 'tcg',
      warning: `No hardware acceleration on ${facts.platform}; the VM runs in software emulation (slow).`,
    };
  }
  const reason = unavailableReason(wanted, facts);
  if (reason === null) return { accel: wanted, warning: null };
  return { accel: 'tcg', warning: `${reason}; the VM runs in software emulation (slow).` };
}

/** The CPU model for the accelerator: the host's with hardware help, QEMU's fullest otherwise. */
export function cpuModelFor(accel: Accelerator): string {
  return accel === 'tcg' ? 'max' : 'host';
}

const run = promisify(execFile);

const compiledIn = new Map<string, string[]>();

/**
 * What a QEMU binary was built with does not change while Berth runs: asked once per binary, as
 * starting QEMU for `-accel help` took most of a second of every VM start on a loaded machine.
 * A failed probe is not remembered.
 */
export async function compiledInAccelerators(qemu: string): Promise<string[]> {
  const known = compiledIn.get(qemu);
  if (known) return known;
  try {
    const { stdout } = await run(qemu, ['-accel', 'help'], { timeout: 20_000 });
    const accels = parseAccelHelp(stdout);
    compiledIn.set(qemu, accels);
    return accels;
  } catch {
    return ['tcg'];
  }
}

/** "Accelerators supported in QEMU binary:\ntcg\nkvm\n" → ['tcg', 'kvm'] */
export function parseAccelHelp(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^[a-z]+$/.test(l));
}

export async function probeAcceleratorFacts(
  qemu: string,
  hangs: readonly Accelerator[],
): Promise<AcceleratorFacts> {
  let kvmDevice: boolean;
  try {
    accessSync('/dev/kvm', constants.R_OK | constants.W_OK);
    kvmDevice = true;
  } catch {
    kvmDevice = false;
  }
  let hvfSupported = false;
  if (process.platform === 'darwin') {
    try {
      const { stdout } = await run('sysctl', ['-n', 'kern.hv_support'], { timeout: 5000 });
      hvfSupported = stdout.trim() === '1';
    } catch {
      hvfSupported = false;
    }
  }
  return {
    platform: process.platform,
    compiledIn: await compiledInAccelerators(qemu),
    kvmDevice,
    hvfSupported,
    hangs,
  };
}
