// The hardened main window: isolated, sandboxed, no Node, no navigation, no pop-ups.
import path from 'node:path';
import { BrowserWindow, shell } from 'electron';

const isHttpUrl = (url: string) => /^https?:\/\//i.test(url);

export function rendererUrl(): string {
  // electron-vite sets this in `npm run dev`; otherwise the built file is loaded.
  return process.env.ELECTRON_RENDERER_URL ?? `file://${path.join(__dirname, '../renderer/index.html')}`;
}

/** True for a URL inside our own renderer (same file or dev-server origin). */
export function isAppUrl(url: string): boolean {
  const app = new URL(rendererUrl());
  try {
    const target = new URL(url);
    return app.protocol === 'file:' ? target.href.split('#')[0] === app.href : target.origin === app.origin;
  } catch {
    return false;
  }
}

export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 880,
    minHeight: 560,
    show: false,
    title: 'Berth',
    backgroundColor: '#1b1d22',
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });

  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Links the user clicked (e.g. a published port) open in the browser; nothing opens in-app.
    if (isHttpUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-attach-webview', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl());
  return window;
}
