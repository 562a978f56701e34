// The native "open file" dialog, for procedures that need a path the user chose on this computer
// (a compose file). A thin call: the procedure still validates the path it gets.
import { dialog, type BrowserWindow } from 'electron';
import type { PickFileOptions } from '../core/router/trpc';

export async function pickFile(
  window: BrowserWindow | null,
  options: PickFileOptions,
): Promise<string | null> {
  const dialogOptions = { title: options.title, filters: options.filters, properties: ['openFile' as const] };
  const result = window
    ? await dialog.showOpenDialog(window, dialogOptions)
    : await dialog.showOpenDialog(dialogOptions);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}
