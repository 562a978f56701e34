// In web mode the UI says what the operator allows, next to what it concerns: builds only from
// --build-root folders, no engine change without --allow-engine-change, and registry logins kept
// for this session when no docker credential helper is set up.
import { expect, test } from './fixtures';

test('the Build dialog names the allowed folders and refuses one outside them', async ({ page, berth }) => {
  await page.goto(`${berth.serve.url}#/images`);
  await page.getByRole('button', { name: 'Build', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Build an image' });
  await expect(dialog.getByText(`A folder on the Berth server under ${berth.buildRoot}`)).toBeVisible();
  await dialog.getByLabel('Context folder', { exact: true }).fill('/etc');
  await dialog.getByLabel('Dockerfile', { exact: true }).fill('shadow');
  await dialog.getByLabel('Tag 1', { exact: true }).click();
  await expect(
    dialog.getByText(
      'This folder is outside the folders the server allows for builds (berth serve --build-root).',
    ),
  ).toBeVisible();
});

test('Settings says the engine address is the operator’s to change', async ({ page, berth }) => {
  await page.goto(`${berth.serve.url}#/settings`);
  const form = page.getByRole('form', { name: 'Docker engine' });
  await form.getByLabel('Engine address').fill('tcp://127.0.0.1:1');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('alert')).toContainText('berth serve --allow-engine-change');
  // Testing another address is refused the same way, before any connection is tried.
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('alert').filter({ hasText: 'Connection' })).toHaveCount(0);
  await expect(form.getByRole('alert').last()).toContainText('berth serve --allow-engine-change');
  // The engine in use did not change.
  await page.reload();
  await expect(page.getByLabel('Engine address')).toHaveValue('');
});

test('the Registries dialog says logins last for this session', async ({ page, berth }) => {
  await page.goto(`${berth.serve.url}#/images`);
  await page.getByRole('button', { name: 'Registries' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registries' });
  await expect(dialog.getByText(/Logins last only until this server stops/)).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Remember on this computer' })).toHaveCount(0);
});
