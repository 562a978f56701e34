// `npm start` on the first run: desktop where Electron's binary and a display exist, otherwise web
// mode with one line saying why; a browser opens only where one can.
import { describe, expect, it } from 'vitest';
import { browserCommand, findElectron, startPlan } from '../../../scripts/start-plan.mjs';

const electronOk = { ok: true as const, path: '/x/electron' };

describe('findElectron', () => {
  it('finds the binary require("electron") names', () => {
    expect(
      findElectron(
        () => '/x/electron',
        () => true,
      ),
    ).toEqual(electronOk);
  });
  it('says why when the download is missing or the package is absent', () => {
    const thrown = findElectron(() => {
      throw new Error('Electron failed to install correctly, please delete node_modules/electron\nstack');
    });
    expect(thrown).toEqual({
      ok: false,
      why: "Electron's binary is missing (Electron failed to install correctly, please delete node_modules/electron)",
    });
    expect(
      findElectron(
        () => '/gone/electron',
        () => false,
      ),
    ).toEqual({
      ok: false,
      why: "Electron's binary is missing (/gone/electron)",
    });
  });
});

describe('startPlan', () => {
  it('runs the desktop app where Electron and a display exist', () => {
    expect(startPlan({ electron: electronOk, platform: 'linux', env: { DISPLAY: ':0' } }).mode).toBe(
      'desktop',
    );
    expect(
      startPlan({ electron: electronOk, platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } }).mode,
    ).toBe('desktop');
    expect(startPlan({ electron: electronOk, platform: 'darwin', env: {} }).mode).toBe('desktop');
  });
  it('falls back to web mode, in one line, without Electron or without a display', () => {
    expect(
      startPlan({
        electron: { ok: false, why: "Electron's binary is missing (x)" },
        platform: 'darwin',
        env: {},
      }),
    ).toEqual({
      mode: 'web',
      reason: "Electron's binary is missing (x): starting web mode instead.",
    });
    const headless = startPlan({ electron: electronOk, platform: 'linux', env: {} });
    expect(headless.mode).toBe('web');
    expect(headless.reason).toMatch(/^No display .*web mode instead\.$/);
  });
});

describe('browserCommand', () => {
  const url = 'http://127.0.0.1:8750/?token=t';
  const all = () => true;
  it('opens with the platform opener', () => {
    expect(browserCommand({ url, platform: 'linux', env: { DISPLAY: ':0' }, has: all })).toEqual({
      command: 'xdg-open',
      args: [url],
    });
    expect(browserCommand({ url, platform: 'darwin', env: {}, has: all })?.command).toBe('open');
    expect(browserCommand({ url, platform: 'win32', env: {}, has: all })?.args).toEqual([
      '/c',
      'start',
      '""',
      url,
    ]);
  });
  it('stays quiet in CI, without a display, or without an opener', () => {
    expect(browserCommand({ url, platform: 'darwin', env: { CI: 'true' }, has: all })).toBeNull();
    expect(browserCommand({ url, platform: 'linux', env: {}, has: all })).toBeNull();
    expect(browserCommand({ url, platform: 'linux', env: { DISPLAY: ':0' }, has: () => false })).toBeNull();
  });
});
