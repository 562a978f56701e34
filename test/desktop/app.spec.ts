// Desktop: the Electron app itself. Needs Electron's binary, which cannot be downloaded on
// machines without internet (or where ELECTRON_SKIP_BINARY_DOWNLOAD=1): there these tests skip, saying so.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary } from '@scripts/electron-binary.mjs';

// Electron fetches its binary on first use (not at npm install); electronBinary does that once,
// unless ELECTRON_SKIP_BINARY_DOWNLOAD is set, and says why in one line when it cannot.
const electronCheck = electronBinary();
const binary = electronCheck.ok ? electronCheck.path : null;
const SKIP_REASON = electronCheck.ok ? '' : `${electronCheck.why}: desktop tests skipped`;
if (!binary) console.log(SKIP_REASON);
test.skip(!binary, SKIP_REASON);

test('opens a hardened window that lists the engine containers over IPC', async () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'berth-desktop-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: [path.resolve(import.meta.dirname, '../../out/main/index.js')],
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: home,
      DOCKER_HOST: process.env.BERTH_TEST_DOCKER_HOST_RESOLVED!,
    },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Engine running' })).toBeVisible();

    const prefs = await app.evaluate(({ BrowserWindow }) => {
      // getLastWebPreferences exists at run time (Electron >= 18) but not in every typings release.
      const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as {
        getLastWebPreferences(): Record<string, unknown> | null;
      };
      const preferences = contents.getLastWebPreferences();
      return {
        contextIsolation: preferences?.contextIsolation,
        sandbox: preferences?.sandbox,
        nodeIntegration: preferences?.nodeIntegration,
        webSecurity: preferences?.webSecurity,
      };
    });
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    // Served from the app's own origin, with its CSP as a header, and nothing outside out/renderer.
    expect(page.url()).toMatch(/^app:\/\/berth\//);
    const served = await page.evaluate(async () => {
      const index = await fetch('/index.html');
      const climb = await fetch('/..%2f..%2fpackage.json');
      return { csp: index.headers.get('content-security-policy'), climb: climb.status };
    });
    expect(served.csp).toContain("default-src 'self'");
    expect(served.climb).toBe(403);
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(
      await page.evaluate(
        () => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com') === null,
      ),
    ).toBe(true);
  } finally {
    await app.close();
    rmSync(home, { recursive: true, force: true });
  }
});
