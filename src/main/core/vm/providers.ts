// The providers Berth can run on each platform: a plain table, so a new one is one line.
import type { ProviderId } from '../../../shared/api/providers';
import { NativeProvider } from './native/native-provider';
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
];

export function createProviders(
  context: ProviderContext,
  platform: NodeJS.Platform = process.platform,
): EngineProvider[] {
  return providerTable.filter((row) => row.platforms.includes(platform)).map((row) => row.create(context));
}
