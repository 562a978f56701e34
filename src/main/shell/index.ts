// Electron main: app lifecycle, one instance, the window, IPC and the tray.
import path from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { createBackend, type Backend } from '../core/backend';
import { installSecretStore } from '../core/registries/credentials';
import { builtRendererRoot, handleAppScheme, registerAppScheme } from './app-protocol';
import { bindIpc } from './ipc';
import { rendererUrl } from './pure/app-url';
import { readWindowState, writeWindowState, type WindowState } from './pure/window-state';
import { createSecretStore } from './secrets';
import { applySessionPolicy } from './session-policy';
import { createTray } from './tray';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
let ipc: ReturnType<typeof bindIpc> | null = null;
let quitting = false;
let windowState: WindowState | null = null;

// electron-vite's dev server only in an unpackaged build; a packaged app always loads app://.
const appUrl = rendererUrl({ devServerUrl: process.env.ELECTRON_RENDERER_URL, isPackaged: app.isPackaged });
const windowStatePath = () => path.join(app.getPath('userData'), 'window-state.json');

function showDashboard(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow({
      appUrl,
      saved: windowState,
      onClosing: (state) => {
        windowState = state;
        try {
          writeWindowState(windowStatePath(), state);
        } catch {
          // Not remembering the size is no reason to stop closing.
        }
      },
    });
    ipc?.attach(mainWindow);
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', showDashboard);
  app.enableSandbox();

  void app.whenReady().then(async () => {
    applySessionPolicy(session.defaultSession, appUrl);
    handleAppScheme(session.defaultSession, builtRendererRoot());
    windowState = await readWindowState(windowStatePath());
    backend = createBackend({ settingsPath: path.join(app.getPath('userData'), 'settings.json') });
    // Registry passwords typed into Berth are kept with safeStorage (the OS keychain).
    installSecretStore(backend.settings, createSecretStore());
    ipc = bindIpc(backend, appUrl);
    // Closing the window keeps Berth in the tray, as Docker Desktop does (registered
    // before the first window exists, so that window hides too).
    app.on('browser-window-created', (_event, window) => {
      window.on('close', (event) => {
        if (!quitting && process.platform !== 'linux') {
          event.preventDefault();
          window.hide();
        }
      });
    });
    showDashboard();

    const tray = createTray({ showDashboard, quit: () => app.quit() });
    tray.update(backend.engine.status());
    backend.engine.onStatus((status) => tray.update(status));

    app.on('activate', showDashboard);
  });

  app.on('before-quit', () => {
    quitting = true;
    backend?.dispose();
  });
  app.on('window-all-closed', () => {
    if (process.platform === 'linux') app.quit();
  });
}
