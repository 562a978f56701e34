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
import { applyStartAtLogin, hideOnClose } from './desktop-settings';
import { argvRoute, handleBerthLinks } from './berth-links';
import { startNotifications } from './desktop-notifications';
import { applySessionPolicy } from './session-policy';
import { confirmQuit } from './quit-dialog';
import { trayLabels, trayLanguage } from './pure/tray-labels';
import { trayModel } from './pure/tray-model';
import { createTray } from './tray';
import { performTrayAction } from './tray-actions';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
let ipc: ReturnType<typeof bindIpc> | null = null;
let quitting = false;
let windowState: WindowState | null = null;

// electron-vite's dev server only in an unpackaged build; a packaged app always loads app://.
const appUrl = rendererUrl({ devServerUrl: process.env.ELECTRON_RENDERER_URL, isPackaged: app.isPackaged });
const windowStatePath = () => path.join(app.getPath('userData'), 'window-state.json');

/** Shows the window, on `route` (a renderer path such as /containers/ID/logs) when given. */
function showDashboard(route?: string): void {
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
  if (route) void mainWindow.loadURL(`${appUrl.split('#')[0]}#${route}`);
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/** The tray, rebuilt from core's state when it changes (at most every 250 ms: event bursts). */
function startTray(owner: Backend): void {
  const labels = trayLabels[trayLanguage(app.getLocale())];
  const tray = createTray({
    onClick: () => showDashboard(),
    perform: (action) => performTrayAction(action, { backend: owner, showDashboard, quit: () => app.quit() }),
  });
  let timer: ReturnType<typeof setTimeout> | null = null;
  const render = () => {
    timer = null;
    const { engine } = owner;
    tray.render(
      trayModel({
        engine: engine.status(),
        // Only an engine Berth runs itself can be started and stopped from the tray.
        provider: (() => {
          const view = owner.providers.view();
          return view.owned ? view.status : null;
        })(),
        containers: engine.containers.list(),
        images: engine.images.list(),
        labels,
      }),
    );
  };
  const schedule = () => {
    timer ??= setTimeout(render, 250);
  };
  render();
  owner.engine.onStatus(schedule);
  owner.engine.containers.onChange(schedule);
  owner.engine.images.onChange(schedule);
  owner.providers.onChange(schedule);
  app.on('before-quit', () => {
    if (timer) clearTimeout(timer);
    tray.destroy();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  // A second launch focuses this one, on the page its berth:// link names (if any).
  app.on('second-instance', (_event, argv) => showDashboard(argvRoute(argv) ?? undefined));
  // A link that arrives before the window exists waits for it.
  let pendingRoute: string | null = argvRoute(process.argv);
  handleBerthLinks((route) => {
    if (app.isReady() && backend) showDashboard(route);
    else pendingRoute = route;
  });
  // Every web contents (devtools included) starts with no pop-ups and no webviews; the main
  // window then installs its own, stricter handlers (window.ts).
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  app.enableSandbox();

  void app.whenReady().then(async () => {
    applySessionPolicy(session.defaultSession, appUrl);
    handleAppScheme(session.defaultSession, builtRendererRoot());
    windowState = await readWindowState(windowStatePath());
    backend = createBackend({ settingsPath: path.join(app.getPath('userData'), 'settings.json') });
    // Registry passwords typed into Berth are kept with safeStorage (the OS keychain).
    installSecretStore(backend.services, await createSecretStore());
    ipc = bindIpc(backend, appUrl);
    // Closing the window keeps Berth in the tray while "close to tray" is on, as Docker Desktop
    // does (registered before the first window exists, so that window hides too).
    const owner = backend;
    app.on('browser-window-created', (_event, window) => hideOnClose(window, owner, () => quitting));
    applyStartAtLogin(owner);
    startNotifications(owner, { showDashboard, quitting: () => quitting });
    showDashboard(pendingRoute ?? undefined);
    pendingRoute = null;

    startTray(backend);

    app.on('activate', () => showDashboard());
  });

  let disposed = false;
  let asking = false;
  app.on('before-quit', (event) => {
    quitting = true;
    if (disposed || !backend) return;
    // Asking (when Berth's own engine runs and the setting says ask) and then stopping that
    // engine take a moment: quit after both.
    event.preventDefault();
    if (asking) return;
    asking = true;
    const owner = backend;
    void confirmQuit(owner, mainWindow)
      .then((answer) => {
        if (!answer) {
          quitting = false; // cancelled: Berth keeps running, closing hides to the tray again
          return;
        }
        disposed = true;
        void owner.dispose({ stopEngine: answer.stopEngine }).finally(() => app.quit());
      })
      .finally(() => {
        asking = false;
      });
  });
  // Only reached when "close to tray" is off (or while quitting): then closing means quitting.
  app.on('window-all-closed', () => app.quit());
}
