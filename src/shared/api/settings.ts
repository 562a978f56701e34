// User settings shared by the desktop app and web mode.
import { z } from 'zod';
import { engineHostSchema } from './engine';

const fields = {
  /** Overrides discovery when set (e.g. unix:///home/me/.colima/docker.sock). */
  engineHost: engineHostSchema.nullable(),
  /** Lines kept in a log view's scrollback. */
  logScrollback: z.number().int().min(1000).max(1_000_000),
};

export const settingsSchema = z.object({
  engineHost: fields.engineHost.default(null),
  logScrollback: fields.logScrollback.default(100_000),
});

export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});
// Without defaults: a patch that leaves a field out must not reset it (zod applies defaults even
// inside .partial(), so a patch of logScrollback alone used to clear the engine address).
export const settingsPatchSchema = z.object(fields).partial();
