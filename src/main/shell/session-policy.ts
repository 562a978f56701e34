// Session-wide defaults: every web permission denied unless pure/permissions.ts allows it, and
// no device (HID, serial, USB) access at all.
import type { Session } from 'electron';
import { isPermissionAllowed } from './pure/permissions';

export function applySessionPolicy(session: Session, appUrl: string): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? webContents.getURL(), appUrl));
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, appUrl),
  );
  session.setDevicePermissionHandler(() => false);
}
