// The files of one qemu VM: persistent ones in its folder, sockets in a short private runtime folder.
import { join } from 'node:path';

export interface QemuPaths {
  vmDir: string;
  runtimeDir: string;
  state: string;
  rootDisk: string;
  dataDisk: string;
  configDisk: string;
  consoleLog: string;
  engineLog: string;
  qemuLog: string;
  qmpSocket: string;
  controlSocket: string;
  pidFile: string;
}

export function qemuPaths(vmDir: string, runtimeDir: string): QemuPaths {
  return {
    vmDir,
    runtimeDir,
    state: join(vmDir, 'vm.json'),
    rootDisk: join(vmDir, 'root.qcow2'),
    dataDisk: join(vmDir, 'data.qcow2'),
    configDisk: join(vmDir, 'config.tar'),
    consoleLog: join(vmDir, 'console.log'),
    engineLog: join(vmDir, 'engine.log'),
    qemuLog: join(vmDir, 'qemu.log'),
    qmpSocket: join(runtimeDir, 'qmp.sock'),
    controlSocket: join(runtimeDir, 'control.sock'),
    pidFile: join(runtimeDir, 'qemu.pid'),
  };
}
