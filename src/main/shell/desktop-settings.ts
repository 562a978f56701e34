// The desktop-only settings applied to the OS: start at login (login item) and close to tray
// (closing the window hides it; the first time, a notification says Berth is still running).
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, Notification } from 'electron';
import type { Backend } from '../core/backend';
import { stillInTrayText } from './pure/notification-labels';
import { trayLanguage } from './pure/tray-labels';

/** Keeps the OS login item in step with the setting, now and on every change. */
export function applyStartAtLogin(backend: Backend): () => void {
  const apply = (on: boolean) => {
    // Linux has no login-item API in Electron; the setting is kept but has no effect there.
    if (process.platform !== 'linux') app.setLoginItemSettings({ openAtLogin: on });
  };
  apply(backend.settings.get().startAtLogin);
  return backend.settings.onChange((next, previous) => {
    if (next.startAtLogin !== previous.startAtLogin) apply(next.startAtLogin);
  });
}

/**
 * Closing a window hides it while "close to tray" is on and Berth is not quitting. The first
 * time, Berth says it is still running (remembered by a marker file in userData).
 */
export function hideOnClose(window: BrowserWindow, backend: Backend, quitting: () => boolean): void {
  window.on('close', (event) => {
    if (quitting() || !backend.settings.get().closeToTray) return;
    event.preventDefault();
    window.hide();
    const marker = path.join(app.getPath('userData'), 'close-to-tray-told');
    if (existsSync(marker) || !Notification.isSupported()) return;
    const text = stillInTrayText(trayLanguage(app.getLocale()));
    new Notification({ title: text.title, body: text.body }).show();
    try {
      writeFileSync(marker, '', { mode: 0o600 });
    } catch {
      // Telling once more next time is better than failing the close.
    }
  });
}
