// What Berth tells the user about its settings file: today only that an unreadable or invalid file
// was kept aside and defaults are in use. The renderer words it; the core only reports facts.
import { z } from 'zod';

export const settingsNoticeSchema = z.object({
  kind: z.literal('reset'),
  /** not-json: the file did not parse; invalid: it parsed but failed the schema. */
  reason: z.enum(['not-json', 'invalid']),
  /** The path of the settings file that was replaced by defaults. */
  file: z.string(),
  /** Where the old file was kept (settings.json.bak); null when it could not be moved. */
  backup: z.string().nullable(),
  /** For `invalid`: the first failing field and why, e.g. "logScrollback: Too small". */
  detail: z.string().nullable(),
});

export type SettingsNotice = z.infer<typeof settingsNoticeSchema>;
