import { describe, expect, it } from 'vitest';
import { APP_URL } from '@shell/pure/app-url';
import { isTrustedSender } from '@shell/pure/ipc-sender';

const attached = new Set([7]);
const mainFrame = { url: 'app://berth/index.html#/containers', isMainFrame: true };

describe('isTrustedSender', () => {
  it('trusts the main frame of an attached window showing the app', () => {
    expect(isTrustedSender({ webContentsId: 7, frame: mainFrame }, attached, APP_URL)).toBe(true);
  });

  it('refuses a window the shell did not attach', () => {
    expect(isTrustedSender({ webContentsId: 8, frame: mainFrame }, attached, APP_URL)).toBe(false);
  });

  it('refuses a sub-frame, a destroyed frame and a page that navigated away', () => {
    expect(
      isTrustedSender({ webContentsId: 7, frame: { ...mainFrame, isMainFrame: false } }, attached, APP_URL),
    ).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frame: null }, attached, APP_URL)).toBe(false);
    expect(
      isTrustedSender(
        { webContentsId: 7, frame: { url: 'https://evil.example/', isMainFrame: true } },
        attached,
        APP_URL,
      ),
    ).toBe(false);
    expect(
      isTrustedSender(
        { webContentsId: 7, frame: { url: 'file:///tmp/x.html', isMainFrame: true } },
        attached,
        APP_URL,
      ),
    ).toBe(false);
  });
});
