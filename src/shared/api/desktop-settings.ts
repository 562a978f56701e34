// Settings only the desktop app uses: start at login, close to the tray, and which notifications
// to show. Web mode keeps them in the same file but neither shows nor acts on them.
import { z } from 'zod';

/** Notification kinds the user can turn off one by one. pull/push/build cover finished and failed. */
export const notificationKinds = ['pull', 'push', 'build', 'engineStopped', 'restartLoop'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationSettingsSchema = z.object({
  pull: z.boolean().default(true),
  push: z.boolean().default(true),
  build: z.boolean().default(true),
  engineStopped: z.boolean().default(true),
  restartLoop: z.boolean().default(true),
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;
