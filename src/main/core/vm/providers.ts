// The providers Berth can run on each platform: a plain table, so a new one is one line.
import type { ProviderId } from '@shared/api/providers';
import { berthDataDir } from './native/layout';
import { NativeProvider } from './native/native-provider';
import { createLimaProvider } from './lima/lima-provider';
import { createQemuProvider } from './qemu/qemu-provider';
import { limaOptions, qemuOptions } from './vm-options';
import type { EngineProvider } from './provider';
import type { SettingsFile } from '../settings/settings-file';

export interface ProviderContext {
  settings: SettingsFile;
  /** Berth's data folder (tests point it at a temp folder). */
  dataDir?: string;
}

type Factory = (context: ProviderContext) => EngineProvider;

export const providerTable: Array<{ id: ProviderId; platforms: NodeJS.Platform[]; create: Factory }> = [
  {
    id: 'native',
    platforms: ['linux'],
    create: ({ settings, dataDir }) => new NativeProvider({ dataDir, mode: () => settings.get().nativeMode }),
  },
  {
    // A Linux VM: the default where there is no Linux kernel (macOS), a choice on Linux.
    id: 'qemu',
    platforms: ['linux', 'darwin'],
    create: ({ settings, dataDir }) =>
      createQemuProvider(qemuOptions(settings.get().vm, dataDir ?? berthDataDir())),
  },
  {
    id: 'lima',
    platforms: ['darwin'],
    create: ({ settings, dataDir }) =>
      createLimaProvider(limaOptions(settings.get().vm, dataDir ?? berthDataDir())),
  },
];
// wsl2 (Windows) needs the Berth rootfs tarball shipped with the app, which the installers do not
// carry yet; its provider (wsl2/) is complete and unit-tested, and gets its row with that tarball.

export function createProviders(
  context: ProviderContext,
  platform: NodeJS.Platform = process.platform,
): EngineProvider[] {
  return providerTable.filter((row) => row.platforms.includes(platform)).map((row) => row.create(context));
}
