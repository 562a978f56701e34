// User settings shared by the desktop app and web mode.
import { z } from 'zod';
import { imageReferenceSchema } from '../ids/image-ids';
import { notificationSettingsSchema } from './desktop-settings';
import { engineHostSchema } from './engine';
import { nativeModes } from './provider-manager';
import { providerIdSchema } from './providers';
import { vmSettingsSchema } from './vm-settings';

/** What quitting Berth does with an engine or VM it started (the desktop app asks on 'ask'). */
export const quitEngineChoices = ['ask', 'stop', 'keep'] as const;
export type QuitEngineChoice = (typeof quitEngineChoices)[number];

/**
 * Settings files written before quitEngine held a boolean `stopEngineOnQuit`: true meant stop,
 * false keep. A file that already has quitEngine keeps it.
 */
export function migrateSettingsJson(json: unknown): unknown {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return json;
  const { stopEngineOnQuit, ...rest } = json as Record<string, unknown>;
  if (typeof stopEngineOnQuit !== 'boolean' || 'quitEngine' in rest) return rest;
  return { ...rest, quitEngine: stopEngineOnQuit ? 'stop' : 'keep' };
}

const fields = {
  /** Overrides discovery when set (e.g. unix:///home/me/.colima/docker.sock). */
  engineHost: engineHostSchema.nullable(),
  /** Lines kept in a log view's scrollback. */
  logScrollback: z.number().int().min(1000).max(1_000_000),
  /** The provider that runs Berth's own engine; null: the platform default. */
  provider: providerIdSchema.nullable(),
  /** The native provider: the host's engine if one answers (auto), only it, or a private dockerd. */
  nativeMode: z.enum(nativeModes),
  /** At quit, an engine or VM Berth started: ask, stop it, or keep it running. */
  quitEngine: z.enum(quitEngineChoices),
  /** Minutes of `docker stats` samples a container's charts keep. */
  statsHistoryMinutes: z.number().int().min(1).max(60),
  /** Berth's Linux VM (qemu, lima): image, shared folders, resources, accelerator. */
  vm: vmSettingsSchema,
  /** The image of the short-lived container that backs up, restores, clones and browses volumes. */
  volumeHelperImage: imageReferenceSchema,
  /** Desktop app: open Berth when the user logs in. */
  startAtLogin: z.boolean(),
  /** Desktop app: closing the window keeps Berth running in the tray. */
  closeToTray: z.boolean(),
  /** Desktop app: which notifications to show. */
  notifications: notificationSettingsSchema,
};

export const settingsSchema = z.object({
  engineHost: fields.engineHost.default(null),
  logScrollback: fields.logScrollback.default(100_000),
  provider: fields.provider.default(null),
  nativeMode: fields.nativeMode.default('auto'),
  quitEngine: fields.quitEngine.default('ask'),
  statsHistoryMinutes: fields.statsHistoryMinutes.default(5),
  vm: fields.vm.default(vmSettingsSchema.parse({})),
  volumeHelperImage: fields.volumeHelperImage.default('busybox'),
  startAtLogin: fields.startAtLogin.default(false),
  closeToTray: fields.closeToTray.default(true),
  notifications: fields.notifications.default(notificationSettingsSchema.parse({})),
});

export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = settingsSchema.parse({});
// Without defaults: a patch that leaves a field out must not reset it (zod applies defaults even
// inside .partial(), so a patch of logScrollback alone used to clear the engine address).
export const settingsPatchSchema = z.object(fields).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
