// Binds the router to IPC once; windows are attached as they are created. Only the main frame
// of an attached window showing our renderer may call it (pure/ipc-sender.ts); inputs are checked
// by each procedure's zod schema.
import { BrowserWindow } from 'electron';
import { createIPCHandler } from 'trpc-electron/main';
import type { Backend } from '../core/backend';
import { appRouter } from '../core/router';
import { hostDialogs } from './file-picker';
import { isTrustedSender } from './pure/ipc-sender';

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
      return { ...backend.context(), dialogs: hostDialogs(BrowserWindow.fromWebContents(event.sender)) };
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
