// Binds the router to IPC once; windows are attached as they are created. Only the main frame
// of an attached window showing our renderer may call it; inputs are checked by each
// procedure's zod schema.
import type { BrowserWindow } from 'electron';
import { createIPCHandler } from 'trpc-electron/main';
import type { Backend } from '../core/backend';
import { appRouter } from '../core/router';
import { isAppUrl } from './window';

export function bindIpc(backend: Backend): { attach(window: BrowserWindow): void } {
  const attached = new Set<number>();
  const handler = createIPCHandler({
    router: appRouter,
    createContext: async ({ event }) => {
      const frame = event.senderFrame;
      const trusted = attached.has(event.sender.id) && frame !== null && frame.parent === null;
      if (!trusted || !isAppUrl(frame.url)) throw new Error('IPC refused: unexpected sender');
      return backend.context();
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
