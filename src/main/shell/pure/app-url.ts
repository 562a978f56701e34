// Where the desktop window's renderer comes from, and which URLs are "ours". The built app is
// served from a privileged custom scheme (app://berth/), not file://: a file:// page shares its
// origin with every local file, while app://berth is an origin of its own that serves only
// out/renderer. The dev server's URL is honoured only in an unpackaged build.

export const APP_SCHEME = 'app';
export const APP_HOST = 'berth';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The URL the window loads: electron-vite's dev server when unpackaged, else the app scheme. */
export function rendererUrl(options: { devServerUrl: string | undefined; isPackaged: boolean }): string {
  const { devServerUrl, isPackaged } = options;
  if (isPackaged || !devServerUrl) return APP_URL;
  try {
    const url = new URL(devServerUrl);
    // Only a loopback http(s) dev server: an environment variable must not point the window,
    // and with it the IPC bridge, at a page on the network.
    if ((url.protocol === 'http:' || url.protocol === 'https:') && loopbackHosts.has(url.hostname)) {
      return url.href;
    }
  } catch {
    // not a URL: fall through to the built app
  }
  return APP_URL;
}

/** True for a URL inside our own renderer: same scheme and host (and port) as `appUrl`. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    // URL.origin is "null" for a non-special scheme such as app:, so compare the parts.
    return (
      target.protocol === app.protocol &&
      target.host === app.host &&
      target.host !== '' &&
      target.username === '' &&
      target.password === ''
    );
  } catch {
    return false;
  }
}
