// From the VM settings to each VM provider's options, so wiring a provider into the providers table
// is one line: e.g. `create: ({ settings, dataDir }) => createQemuProvider(qemuOptions(settings.get().vm, dataDir))`.
import { join } from 'node:path';
import type { VmSettings } from '@shared/api/vm-settings';
import type { LimaProviderOptions } from './lima/lima-provider';
import type { QemuProviderOptions } from './qemu/qemu-provider';
import type { Wsl2ProviderOptions } from './wsl2/wsl2-provider';

/** `scriptsDir`: scripts/vm of the app (where build-image.sh is), used when settings name no image URL. */
export function qemuOptions(
  vm: VmSettings,
  dataDir: string,
  scriptsDir = join(process.cwd(), 'scripts', 'vm'),
): QemuProviderOptions {
  return {
    vmDir: join(dataDir, 'vm', 'qemu'),
    imageCacheDir: join(dataDir, 'vm', 'images'),
    image: vm.image
      ? { kind: 'download', url: vm.image.url, sha256: vm.image.sha256 }
      : { kind: 'built', scriptsDir },
    resources: vm.resources,
    sharedFolders: vm.sharedFolders,
    shareHome: vm.shareHome,
    accelerator: vm.accelerator,
    acceleratedBootDeadlineMs: vm.acceleratedBootDeadlineSec * 1000,
    fastStart: vm.fastStart,
  };
}

/** `rootfsTar`: the Berth WSL rootfs shipped with the app (build-image.sh's debootstrap tarball). */
export function wsl2Options(dataDir: string, rootfsTar: string): Wsl2ProviderOptions {
  return { dataDir: join(dataDir, 'vm', 'wsl2'), rootfsTar };
}

export function limaOptions(vm: VmSettings, dataDir: string): LimaProviderOptions {
  return { dataDir: join(dataDir, 'vm', 'lima'), resources: vm.resources, sharedFolders: vm.sharedFolders };
}
