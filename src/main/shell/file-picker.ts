// The native open dialogs, for procedures that need a path the user chose on this computer (a
// build folder, a compose file), sheet-attached to the window that asked. Thin calls: the
// procedure still validates the path it gets.
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { HostDialogs } from '../core/router/trpc';

async function open(window: BrowserWindow | null, options: OpenDialogOptions): Promise<string | null> {
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export function hostDialogs(window: BrowserWindow | null): HostDialogs {
  return {
    pickFolder: (title) =>
      open(window, { title: title ?? undefined, properties: ['openDirectory', 'createDirectory'] }),
    pickFile: (options) =>
      open(window, { title: options.title, filters: options.filters, properties: ['openFile'] }),
  };
}
