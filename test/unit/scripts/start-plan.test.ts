// `npm start` on the first run: desktop where Electron's binary and a display exist, otherwise web
// mode with one line saying why; a browser opens only where one can.
import { describe, expect, it } from 'vitest';
import { browserCommand, findElectron, startPlan } from '@scripts/start-plan.mjs';

const electronOk = { ok: true as const, path: '/x/electron' };

describe('findElectron', () => {
  const never = () => {
    throw new Error('must not download');
  };
  it('finds the binary the package names, without downloading', () => {
    expect(
      findElectron({ locate: () => '/x/electron', download: never, env: {}, exists: () => true }),
    ).toEqual(electronOk);
  });
  it('downloads a missing binary once, then finds it', () => {
    let fetched = false;
    const found = findElectron({
      locate: () => {
        if (!fetched) throw new Error('no path.txt');
        return '/x/electron';
      },
      download: () => {
        fetched = true;
        return null;
      },
      env: {},
      exists: () => true,
    });
    expect(found).toEqual(electronOk);
  });
  it('says why in one line when the download fails or is switched off', () => {
    const absent = () => {
      throw new Error('ENOENT path.txt');
    };
    expect(
      findElectron({ locate: absent, download: () => 'TypeError: fetch failed\n    at undici', env: {} }),
    ).toEqual({ ok: false, why: "Electron's binary could not be downloaded (TypeError: fetch failed)" });
    expect(
      findElectron({ locate: absent, download: never, env: { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } }),
    ).toEqual({
      ok: false,
      why: "Electron's binary is not installed (ELECTRON_SKIP_BINARY_DOWNLOAD is set)",
    });
    expect(
      findElectron({ locate: () => '/gone/electron', download: () => null, env: {}, exists: () => false }),
    ).toEqual({ ok: false, why: "Electron's binary is missing after its download" });
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
