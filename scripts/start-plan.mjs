// The first-run decisions of `npm start`, as pure functions (unit-tested): can the desktop app
// run here, and how to open a browser for web mode.
import { existsSync } from 'node:fs';

/**
 * Where Electron's binary is, or why there is none. `load` is `() => require('electron')`, which
 * returns the binary's path, or throws when the package or its download is missing.
 */
export function findElectron(load, exists = existsSync) {
  try {
    const binary = load();
    if (typeof binary === 'string' && exists(binary)) return { ok: true, path: binary };
    return { ok: false, why: `Electron's binary is missing (${binary})` };
  } catch (error) {
    const message = String(error?.message ?? error).split('\n')[0];
    return { ok: false, why: `Electron's binary is missing (${message})` };
  }
}

/** Desktop where Electron and a display exist; otherwise web mode on the same backend, and why. */
export function startPlan({ electron, platform, env }) {
  if (!electron.ok) return { mode: 'web', reason: `${electron.why}: starting web mode instead.` };
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return {
      mode: 'web',
      reason: 'No display (DISPLAY and WAYLAND_DISPLAY are unset): starting web mode instead.',
    };
  }
  return { mode: 'desktop', reason: null };
}

/** The command that opens `url` in a browser, or null where none should (CI, no display, none installed). */
export function browserCommand({ url, platform, env, has }) {
  if (env.CI || env.BERTH_NO_BROWSER) return null;
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return has('xdg-open') ? { command: 'xdg-open', args: [url] } : null;
}
