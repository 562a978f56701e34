// The VM's disks, through qemu-img: a root overlay on the (shared, read-only) image, recreated at
// every cold boot so the root is disposable, and a data disk that keeps images and volumes.
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

export async function createRootOverlay(qemuImg: string, base: string, overlay: string): Promise<void> {
  rmSync(overlay, { force: true });
  await run(qemuImg, ['create', '-q', '-f', 'qcow2', '-F', 'qcow2', '-b', base, overlay], {
    timeout: 60_000,
  });
}

export async function virtualSizeBytes(qemuImg: string, disk: string): Promise<number> {
  const { stdout } = await run(qemuImg, ['info', '--output=json', '-U', disk], { timeout: 60_000 });
  return Number((JSON.parse(stdout) as { 'virtual-size': number })['virtual-size']);
}

/** Internal snapshots of a qcow2 disk, by name. */
export async function snapshotNames(qemuImg: string, disk: string): Promise<string[]> {
  const { stdout } = await run(qemuImg, ['snapshot', '-l', '-U', disk], { timeout: 60_000 });
  return parseSnapshotList(stdout);
}

/** `qemu-img snapshot -l` table → names (second column of the rows under the header). */
export function parseSnapshotList(text: string): string[] {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => /^ID\s+TAG/.test(l.trim()));
  if (header < 0) return [];
  return lines
    .slice(header + 1)
    .map((l) => l.trim().split(/\s+/)[1])
    .filter((t): t is string => Boolean(t));
}

export async function deleteSnapshot(qemuImg: string, disk: string, name: string): Promise<void> {
  if (!existsSync(disk)) return;
  const names = await snapshotNames(qemuImg, disk).catch((): string[] => []);
  if (!names.includes(name)) return;
  await run(qemuImg, ['snapshot', '-d', name, disk], { timeout: 120_000 });
}

/** Creates the data disk, or grows it to `sizeGiB` (never shrinks: that would lose data). */
export async function ensureDataDisk(qemuImg: string, disk: string, sizeGiB: number): Promise<void> {
  const bytes = sizeGiB * 1024 ** 3;
  if (!existsSync(disk)) {
    await run(qemuImg, ['create', '-q', '-f', 'qcow2', disk, String(bytes)], { timeout: 60_000 });
    return;
  }
  if ((await virtualSizeBytes(qemuImg, disk)) < bytes) {
    await run(qemuImg, ['resize', '-q', disk, String(bytes)], { timeout: 60_000 });
  }
}
