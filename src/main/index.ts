// Electron main: app lifecycle, one instance, the window, IPC and the tray.
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { createBackend, type Backend } from './core/backend';
import { installSecretStore } from './core/registries/credentials';
import { bindIpc } from './ipc';
import { createSecretStore } from './secrets';
import { createTray } from './tray';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
let ipc: ReturnType<typeof bindIpc> | null = null;
let quitting = false;

function showDashboard(): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow();
    ipc?.attach(mainWindow);
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showDashboard);
  app.enableSandbox();

  void app.whenReady().then(() => {
    backend = createBackend({ settingsPath: path.join(app.getPath('userData'), 'settings.json') });
    // Registry passwords typed into Berth are kept with safeStorage (the OS keychain).
    installSecretStore(backend.settings, createSecretStore());
    ipc = bindIpc(backend);
    showDashboard();

    const tray = createTray({ showDashboard, quit: () => app.quit() });
    tray.update(backend.engine.status());
    backend.engine.onStatus((status) => tray.update(status));

    // Closing the window keeps Berth in the tray, as Docker Desktop does.
    app.on('browser-window-created', (_event, window) => {
      window.on('close', (event) => {
        if (!quitting && process.platform !== 'linux') {
          event.preventDefault();
          window.hide();
        }
      });
    });
    app.on('activate', showDashboard);
  });

  let disposed = false;
  app.on('before-quit', (event) => {
    quitting = true;
    if (disposed || !backend) return;
    // Stopping Berth's own engine (when the setting says so) takes a moment: quit after it.
    event.preventDefault();
    disposed = true;
    void backend.dispose().finally(() => app.quit());
  });
  app.on('window-all-closed', () => {
    if (process.platform === 'linux') app.quit();
  });
}
