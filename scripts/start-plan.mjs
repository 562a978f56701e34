// The first-run decisions of `npm start`, as pure functions (unit-tested): can the desktop app
// run here, and how to open a browser for web mode.
import { existsSync } from 'node:fs';

/**
 * Where Electron's binary is, or why there is none. Electron 41+ has no install script: its
 * package fetches the binary the first time it is required. `locate()` returns the path the
 * package names without fetching anything (throws when the package is absent); `download()` runs
 * the package's own installer and returns its failure in one line, or null. Nothing is fetched
 * when ELECTRON_SKIP_BINARY_DOWNLOAD is set.
 */
export function findElectron({ locate, download, env, exists = existsSync }) {
  const found = () => {
    try {
      const binary = locate();
      return typeof binary === 'string' && exists(binary) ? binary : null;
    } catch {
      return null;
    }
  };
  const binary = found();
  if (binary) return { ok: true, path: binary };
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    return { ok: false, why: "Electron's binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD is set)" };
  }
  const failure = download();
  if (failure) return { ok: false, why: `Electron's binary could not be downloaded (${firstLine(failure)})` };
  const fetched = found();
  return fetched
    ? { ok: true, path: fetched }
    : { ok: false, why: "Electron's binary is missing after its download" };
}

function firstLine(text) {
  return String(text).trim().split('\n')[0].trim();
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
