// Web permissions (camera, notifications, geolocation, HID, ...) are denied unless listed here.
// The UI needs one: writing text to the clipboard (the "copy docker command" buttons), and only
// from our own renderer.
import { isAppUrl } from './app-url';

const allowed = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string, appUrl: string): boolean {
  return allowed.has(permission) && isAppUrl(requestingUrl, appUrl);
}
