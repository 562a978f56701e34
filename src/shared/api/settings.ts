// User settings shared by the desktop app and web mode.
import { z } from 'zod';
import { engineHostSchema } from './engine';

export const settingsSchema = z.object({
  /** Overrides discovery when set (e.g. unix:///home/me/.colima/docker.sock). */
  engineHost: engineHostSchema.nullable().default(null),
  /** Lines kept in a log view's scrollback. */
  logScrollback: z.number().int().min(1000).max(1_000_000).default(100_000),
});

export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});
export const settingsPatchSchema = settingsSchema.partial();
