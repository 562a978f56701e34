// Ending a running VM: saved for a fast start (savevm into its qcow2 disks), or powered off.
import type { GuestControl } from '../guest-control';
import type { Share } from './command-line';
import type { QemuProcess } from './qemu-process';

/**
 * Unmounts the shared folders (QEMU refuses to save a VM while a 9p export is mounted), then saves
 * the VM as internal snapshot `name`. On failure the VM runs on as before and the error says why.
 */
export async function suspendVm(
  proc: QemuProcess,
  control: GuestControl | null,
  shares: readonly Share[],
  name: string,
): Promise<void> {
  const qmp = proc.qmp;
  if (!control || !qmp) throw new Error('the VM control channel is not open');
  const unmounted: Share[] = [];
  try {
    for (const share of shares) {
      await control.umount(share.path);
      unmounted.push(share);
    }
  } catch (error) {
    for (const share of unmounted) await control.mount(share.tag, share.path).catch(() => undefined);
    throw new Error(`a container uses a shared folder (${(error as Error).message})`, { cause: error });
  }
  try {
    await withTimeout(qmp.hmp(`savevm ${name}`), 300_000, 'saving the VM took too long');
  } catch (error) {
    await qmp.execute('cont').catch(() => undefined);
    for (const share of unmounted) await control.mount(share.tag, share.path).catch(() => undefined);
    throw error;
  }
}

/** The guest's own shutdown, then ACPI power-off, then QMP quit, then SIGKILL. */
export async function powerOffVm(
  proc: QemuProcess,
  control: GuestControl | null,
  deadlineMs: number,
): Promise<void> {
  await control?.shutdown(3000).catch(() => undefined);
  if (await proc.waitExit(deadlineMs / 2)) return;
  await proc.qmp?.execute('system_powerdown').catch(() => undefined);
  if (await proc.waitExit(deadlineMs / 2)) return;
  await proc.kill();
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(message)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
