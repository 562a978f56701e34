// The theme can be chosen, not only followed: Dark and Light override the system, survive a
// reload, and "Follow the system" hands back to it.
import { expect, test } from './fixtures';

test('the theme can be chosen in Settings', async ({ page, berth }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(berth.serve.url);
  await page.getByRole('link', { name: 'Settings' }).click();
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();

  await page.getByRole('combobox', { name: 'Appearance' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background();
  expect(dark).not.toBe(light);

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Appearance' })).toHaveValue('dark');
  expect(await background()).toBe(dark);

  await page.getByRole('combobox', { name: 'Appearance' }).selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await background()).toBe(light);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background()).toBe(dark);
});

test('terminals take the theme’s colours', async ({ page, berth, containers }) => {
  const name = containers.name('e2e-theme-term');
  await berth.docker(['run', '-d', '--name', name, berth.busybox, 'sh', '-c', 'echo hello; sleep 300']);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${berth.serve.url}#/containers/${name}/logs`);
  const viewport = page.locator('.xterm-scrollable-element').first();
  const background = () => viewport.evaluate((node) => getComputedStyle(node).backgroundColor);
  // The page's surface colour (#ffffff light, #1e2128 dark), not xterm's black default.
  await expect.poll(background).toBe('rgb(255, 255, 255)');

  await page.goto(`${berth.serve.url}#/settings`);
  await page.getByRole('combobox', { name: 'Appearance' }).selectOption('dark');
  await page.goto(`${berth.serve.url}#/containers/${name}/logs`);
  await expect.poll(background).toBe('rgb(30, 33, 40)');
  await page.goto(`${berth.serve.url}#/settings`);
  await page.getByRole('combobox', { name: 'Appearance' }).selectOption('system');
});
