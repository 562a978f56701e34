// User settings shared by the desktop app and web mode.
import { z } from 'zod';
import { imageReferenceSchema } from '../ids/image-ids';
import { notificationSettingsSchema } from './desktop-settings';
import { engineHostSchema } from './engine';
import { nativeModes } from './provider-manager';
import { providerIdSchema } from './providers';
import { vmSettingsSchema } from './vm-settings';

const fields = {
  /** Overrides discovery when set (e.g. unix:///home/me/.colima/docker.sock). */
  engineHost: engineHostSchema.nullable(),
  /** Lines kept in a log view's scrollback. */
  logScrollback: z.number().int().min(1000).max(1_000_000),
  /** The provider that runs Berth's own engine; null: the platform default. */
  provider: providerIdSchema.nullable(),
  /** The native provider: the host's engine if one answers (auto), only it, or a private dockerd. */
  nativeMode: z.enum(nativeModes),
  /** Stop an engine Berth started when Berth quits. */
  stopEngineOnQuit: z.boolean(),
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
  stopEngineOnQuit: fields.stopEngineOnQuit.default(true),
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
