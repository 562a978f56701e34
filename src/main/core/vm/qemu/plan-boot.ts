// Before QEMU starts: the machine to run, whether it resumes the saved VM or boots afresh, and the
// disks and configuration disk that go with that choice.
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import type { ProviderResources } from '@shared/api/providers';
import { makeTar } from '../config-tar';
import { freeLoopbackPort } from '../free-port';
import { guestTlsFiles, type TlsPaths } from '../tls-material';
import type { Accelerator } from './accelerator';
import { machineKey, type MachineConfig, type Share } from './command-line';
import { createRootOverlay, deleteSnapshot, ensureDataDisk, snapshotNames } from './disks';
import type { VmImageFiles } from './image';
import type { QemuPaths } from './qemu-paths';
import { QemuProcess } from './qemu-process';
import { readVmState, writeVmState } from './vm-state';

const QBOOT = '/usr/share/qemu/qboot.rom';

export interface BootInput {
  qemuImg: string;
  paths: QemuPaths;
  image: VmImageFiles;
  tls: TlsPaths;
  accel: Accelerator;
  resources: ProviderResources;
  shares: Share[];
  /** undefined: qboot where QEMU ships it. */
  bios: string | null | undefined;
  fastStart: boolean;
  snapshot: string;
}

export interface BootPlan {
  machine: MachineConfig;
  /** The machine's identity, which a snapshot saved from it carries. */
  key: string;
  resume: boolean;
}

export async function planBoot(input: BootInput): Promise<BootPlan> {
  const { paths: p, image, resources: res } = input;
  const machine: MachineConfig = {
    accel: input.accel,
    cpus: res.cpus,
    memoryMiB: res.memoryMiB,
    kernel: image.kernel,
    initrd: image.initrd,
    bios: input.bios !== undefined ? input.bios : existsSync(QBOOT) ? QBOOT : null,
    rootDisk: p.rootDisk,
    dataDisk: p.dataDisk,
    configDisk: p.configDisk,
    consoleLog: p.consoleLog,
    engineLog: p.engineLog,
    qmpSocket: p.qmpSocket,
    controlSocket: p.controlSocket,
    pidFile: p.pidFile,
    enginePort: await freeLoopbackPort(),
    shares: input.shares,
    loadSnapshot: null,
  };
  const key = machineKey(machine, `${image.id}/${res.diskGiB}`);
  await QemuProcess.quitStale(p.qmpSocket, p.pidFile);
  const state = readVmState(p.state);
  const resume =
    input.fastStart &&
    state.snapshot?.key === key &&
    existsSync(p.rootDisk) &&
    (await snapshotNames(input.qemuImg, p.dataDisk).catch((): string[] => [])).includes(input.snapshot);
  // A snapshot is resumed once: after that the disks move on, and resuming it again would take
  // images and volumes back in time. Forget it before QEMU starts.
  writeVmState(p.state, { ...state, snapshot: null });
  if (resume) {
    machine.loadSnapshot = input.snapshot;
  } else {
    // A fresh root each cold boot (it is disposable); the data disk keeps images and volumes. The
    // two disks are separate files, so their qemu-img runs overlap (each is a process start).
    await Promise.all([
      createRootOverlay(input.qemuImg, image.rootfs, p.rootDisk),
      (async () => {
        await deleteSnapshot(input.qemuImg, p.dataDisk, input.snapshot).catch(() => undefined);
        await ensureDataDisk(input.qemuImg, p.dataDisk, res.diskGiB);
      })(),
    ]);
    for (const log of [p.consoleLog, p.engineLog, p.qemuLog]) rmSync(log, { force: true });
  }
  const shareList = input.shares.map((s) => `${s.tag}\t${s.path}\n`).join('');
  writeFileSync(p.configDisk, makeTar({ ...guestTlsFiles(input.tls), shares: shareList }), { mode: 0o600 });
  for (const socket of [p.qmpSocket, p.controlSocket]) rmSync(socket, { force: true });
  return { machine, key, resume };
}
