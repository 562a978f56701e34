import { describe, expect, it } from 'vitest';
import { APP_URL } from '@shell/pure/app-url';
import { isPermissionAllowed } from '@shell/pure/permissions';

describe('isPermissionAllowed', () => {
  it('denies by default', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'unknown',
    ]) {
      expect(isPermissionAllowed(permission, 'app://berth/index.html', APP_URL), permission).toBe(false);
    }
  });

  it('allows writing to the clipboard from the app only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://berth/index.html', APP_URL)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'app://berth', APP_URL)).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://evil.example/', APP_URL)).toBe(false);
  });
});
