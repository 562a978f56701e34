// A corrupt settings file does not stop Berth: it is kept aside as settings.json.bak, defaults are
// used, and the Settings page says so in words, naming the .bak path, until dismissed. Web mode
// also hides the settings only the desktop app acts on.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startServe, type ServeHandle } from '../support/serve-process';
import { expect, test } from './fixtures';

let serve: ServeHandle | undefined;

test.afterAll(async () => {
  await serve?.stop();
});

test('a corrupt settings file is kept as settings.json.bak and the user is told', async ({ page, berth }) => {
  serve = await startServe(berth.dockerHost, { settingsText: '{"logScrollback": 5000,' });
  const file = path.join(serve.configDir, 'berth', 'settings.json');
  const backup = `${file}.bak`;
  expect(readFileSync(backup, 'utf8')).toBe('{"logScrollback": 5000,');
  expect(existsSync(file)).toBe(false);

  await page.goto(`${serve.url}#/settings`);
  const notice = page.getByRole('alert').filter({ hasText: 'could not read its settings file' });
  await expect(notice).toContainText('using the default settings');
  await expect(notice).toContainText(`The old file was kept as ${backup}.`);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'settings file' })).toHaveCount(0);
});

test('web mode hides the desktop-only settings', async ({ page, berth }) => {
  await page.goto(`${berth.serve.url}#/settings`);
  // The engine form renders from the same loaded settings the desktop section would use.
  await expect(page.getByLabel('Engine address')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Desktop app' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Open Berth when I log in' })).toHaveCount(0);
});
