// The hardened main window: isolated, sandboxed, no Node, no navigation, no pop-ups, no
// webviews. Links the user clicks open in the browser (http(s) only, see pure/external-links.ts).
import path from 'node:path';
import { BrowserWindow, screen, shell } from 'electron';
import { isAppUrl } from './pure/app-url';
import { createGestureGate, externalLinkUrl } from './pure/external-links';
import { MIN_SIZE, placeWindow, type WindowState } from './pure/window-state';

export interface MainWindowOptions {
  /** What the window loads (pure/app-url.ts rendererUrl). */
  appUrl: string;
  /** The last saved size and position, if any. */
  saved: WindowState | null;
  /** Called with the window's size and position when it closes. */
  onClosing(state: WindowState): void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { appUrl } = options;
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map(
    (display) => display.workArea,
  );
  const placement = placeWindow(options.saved, workAreas);
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Berth',
    backgroundColor: '#1b1d22',
    webPreferences: {
      // electronegativity-ok PRELOAD_JS_CHECK: the preload exposes the router's IPC channel and
      // nothing else (preload.ts); main checks every sender (pure/ipc-sender.ts).
      preload: path.join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A middle click would otherwise open a link in a new window without 'click'.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const contents = window.webContents;

  // A link may leave the app only on a real click or key press (user activation).
  const gesture = createGestureGate(() => Date.now());
  contents.on('input-event', (_event, input) => gesture.noteInput(input.type));
  const openIfClicked = (url: string) => {
    const external = externalLinkUrl(url);
    // electronegativity-ok OPEN_EXTERNAL_JS_CHECK: http(s) only, and only right after a real
    // click or key press (pure/external-links.ts); no API lets a script call this.
    if (external && gesture.consume()) void shell.openExternal(external);
  };

  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appUrl)) return;
    event.preventDefault();
    openIfClicked(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openIfClicked(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  window.on('close', () => {
    options.onClosing({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(appUrl);
  return window;
}
