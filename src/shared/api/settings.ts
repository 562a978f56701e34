// User settings shared by the desktop app and web mode.
import { z } from 'zod';
import { engineHostSchema } from './engine';
import { nativeModes } from './provider-manager';
import { providerIdSchema } from './providers';

export const settingsSchema = z.object({
  /** Overrides discovery when set (e.g. unix:///home/me/.colima/docker.sock). */
  engineHost: engineHostSchema.nullable().default(null),
  /** Lines kept in a log view's scrollback. */
  logScrollback: z.number().int().min(1000).max(1_000_000).default(100_000),
  /** The provider that runs Berth's own engine; null: the platform default. */
  provider: providerIdSchema.nullable().default(null),
  /** The native provider: the host's engine if one answers (auto), only it, or a private dockerd. */
  nativeMode: z.enum(nativeModes).default('auto'),
  /** Stop an engine Berth started when Berth quits. */
  stopEngineOnQuit: z.boolean().default(true),
});

export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});
export const settingsPatchSchema = settingsSchema.partial();
