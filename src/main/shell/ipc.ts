// Binds the router to IPC once; windows are attached as they are created. Only the main frame
// of an attached window showing our renderer may call it (pure/ipc-sender.ts); inputs are checked
// by each procedure's zod schema.
import { BrowserWindow, dialog } from 'electron';
import { createIPCHandler } from 'trpc-electron/main';
import type { Backend } from '../core/backend';
import { appRouter, type HostDialogs } from '../core/router';
import { isTrustedSender } from './pure/ipc-sender';

/** Native dialogs, sheet-attached to the window that asked. */
function dialogsFor(window: BrowserWindow | null): HostDialogs {
  return {
    async pickFolder(title) {
      const options: Electron.OpenDialogOptions = {
        title: title ?? undefined,
        properties: ['openDirectory', 'createDirectory'],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

export function bindIpc(backend: Backend, appUrl: string): { attach(window: BrowserWindow): void } {
  const attached = new Set<number>();
  const handler = createIPCHandler({
    router: appRouter,
    createContext: async ({ event }) => {
      const frame = event.senderFrame;
      const sender = {
        webContentsId: event.sender.id,
        frame: frame ? { url: frame.url, isMainFrame: frame.parent === null } : null,
      };
      if (!isTrustedSender(sender, attached, appUrl)) throw new Error('IPC refused: unexpected sender');
      return { ...backend.context(), dialogs: dialogsFor(BrowserWindow.fromWebContents(event.sender)) };
    },
  });
  return {
    attach(window) {
      const id = window.webContents.id;
      attached.add(id);
      window.webContents.once('destroyed', () => attached.delete(id));
      handler.attachWindow(window);
    },
  };
}
