// The Settings page against the real engine, on its own `berth serve` that allows engine changes
// (so the worker's shared server keeps its settings): Test connection answers with the typed
// engine's version without saving it, says in words why a missing socket fails, and the stats
// history setting is checked, saved and used by a container's charts.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { startServe, type ServeHandle } from '../support/serve-process';
import { expect, test } from './fixtures';

let serve: ServeHandle;

test.beforeAll(async () => {
  const dockerHost = process.env.BERTH_TEST_DOCKER_HOST_RESOLVED;
  if (!dockerHost)
    throw new Error('BERTH_TEST_DOCKER_HOST_RESOLVED is not set (run through playwright.config.ts).');
  serve = await startServe(dockerHost, { args: ['--allow-engine-change'] });
});

test.afterAll(async () => {
  await serve?.stop();
});

const engineForm = (page: Page) => page.getByRole('form', { name: 'Docker engine' });

test('Test connection names the engine’s version and saves nothing', async ({ page, berth }) => {
  const version = (await berth.docker(['version', '--format', '{{.Server.Version}}'])).trim();
  await page.goto(`${serve.url}#/settings`);
  const form = engineForm(page);
  await form.getByLabel('Engine address').fill(berth.dockerHost);
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('status')).toContainText(`Connected: Docker Engine ${version} (API `);
  await expect(form.getByRole('status')).toContainText('Not saved yet.');

  const missing = `unix://${path.join(serve.configDir, 'no-such-dir', 'docker.sock')}`;
  await form.getByLabel('Engine address').fill(missing);
  // Typing again clears the previous answer.
  await expect(form.getByRole('status')).toHaveCount(0);
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByRole('alert')).toHaveText(
    `Connection failed: No Docker engine at ${missing}: the socket does not exist. Is Docker running?`,
  );

  // An address the engine setting would refuse is named next to the field, and not sent.
  await form.getByLabel('Engine address').fill('http://127.0.0.1:2375');
  await form.getByRole('button', { name: 'Test connection' }).click();
  await expect(form.getByText('Use unix://, npipe://, tcp:// or ssh://')).toBeVisible();

  await page.reload();
  await expect(engineForm(page).getByLabel('Engine address')).toHaveValue('');
});

test('the stats history is checked, saved, and used by the charts', async ({ page, berth, containers }) => {
  const name = containers.name('e2e-stats-history');
  await berth.docker(['run', '-d', '--name', name, berth.busybox, 'sleep', '300']);
  await page.goto(`${serve.url}#/settings`);
  const form = page.getByRole('form', { name: 'Logs and stats' });
  const minutes = form.getByRole('spinbutton', { name: 'Stats history (minutes)' });
  await expect(minutes).toHaveValue('5');
  await minutes.fill('0');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Enter a whole number from 1 to 60.')).toBeVisible();
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');

  await minutes.fill('12');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved.');
  await page.reload();
  await expect(
    page
      .getByRole('form', { name: 'Logs and stats' })
      .getByRole('spinbutton', { name: 'Stats history (minutes)' }),
  ).toHaveValue('12');

  await page.goto(`${serve.url}#/containers/${name}/stats`);
  await expect(page.getByText('Last 12 minutes')).toBeVisible();
});
