// Compose apps from the UI, with Debian's docker-compose against the harness engine: a two-service
// project comes up from a compose file, shows as one app with two services and links, its merged
// logs carry both services' prefixes, Stop stops both, Down removes it but keeps its volume unless
// ticked, and a YAML error shows the tool's own words while the dialog stays usable. Screenshots
// of the Apps page and the project page in both themes go to test-results/compose/.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { composeYaml } from '../support/compose-project';
import { startServe, type ServeHandle } from '../support/serve-process';
import { expect, test } from './fixtures';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/compose');

let serve: ServeHandle;
let root: string;

test.beforeAll(async ({ berth }) => {
  root = path.join(os.tmpdir(), `berth-e2e-compose-${process.pid}`);
  mkdirSync(path.join(root, 'app'), { recursive: true });
  // Compose files decide host mounts, so web mode runs them only with --allow-host-mounts.
  serve = await startServe(berth.dockerHost, { args: ['--build-root', root, '--allow-host-mounts'] });
});

test.afterAll(async () => {
  await serve?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

async function removeProject(docker: (args: string[]) => Promise<string>, project: string): Promise<void> {
  const label = `label=com.docker.compose.project=${project}`;
  const list = async (args: string[]) => (await docker(args).catch(() => '')).split('\n').filter(Boolean);
  const ids = await list(['ps', '-aq', '--filter', label]);
  if (ids.length) await docker(['rm', '-fv', ...ids]).catch(() => undefined);
  const networks = await list(['network', 'ls', '-q', '--filter', label]);
  if (networks.length) await docker(['network', 'rm', ...networks]).catch(() => undefined);
  const volumes = await list(['volume', 'ls', '-q', '--filter', label]);
  if (volumes.length) await docker(['volume', 'rm', ...volumes]).catch(() => undefined);
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${scheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a two-service app comes up from a compose file, logs, stops and goes down', async ({ page, berth }) => {
  test.setTimeout(180_000);
  const project = berth
    .uniqueName('e2e-app')
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '-');
  const file = path.join(root, 'app', 'compose.yaml');
  writeFileSync(file, composeYaml(berth.busybox));
  try {
    await page.goto(serve.url);
    await page.getByRole('navigation').getByRole('link', { name: 'Compose' }).click();
    await expect(page.getByRole('heading', { name: 'Compose apps', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: 'Open compose file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a compose file' });
    await dialog.getByRole('radio', { name: /A path on the server/ }).check();
    await dialog.getByLabel('Path of the compose file').fill(file);
    await dialog.getByLabel('Project name').fill(project);
    await expect(dialog.getByText(`docker compose -p ${project} -f ${file} up -d`)).toBeVisible();
    await dialog.getByRole('button', { name: 'Up', exact: true }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'Done.' })).toBeVisible({ timeout: 90_000 });
    await dialog.getByRole('link', { name: `Open ${project}` }).click();

    // The project page: two services, running, with container links and a published port link.
    await expect(page.getByRole('heading', { name: project, level: 1 })).toBeVisible();

    // The tool's output is in the Activity panel.
    await page.getByRole('button', { name: /^Activity/ }).click();
    const panel = page.getByRole('dialog', { name: 'Activity' });
    const item = panel.getByRole('listitem', { name: `${project}: up` });
    await expect(item).toContainText('Done');
    await expect(item.getByLabel(`Output of ${project}: up`)).toContainText(/Creating|Created|Started/);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    const services = page.getByRole('table', { name: `Services of ${project}` });
    await expect(services.getByRole('row', { name: 'web' })).toContainText('Running');
    await expect(services.getByRole('row', { name: 'worker' })).toContainText('Running');
    await expect(services.getByRole('link', { name: /^Open container .*web/ })).toBeVisible();
    await expect(
      services.getByRole('link', { name: /^Open http:\/\/localhost:\d+ in the browser$/ }),
    ).toBeVisible();
    await shoot(page, 'project-page');

    // Merged logs: both services' prefixes.
    await page.getByRole('tab', { name: 'Logs' }).click();
    const log = page.getByRole('log', { name: `Logs of ${project}` });
    await expect(log).toContainText(/web\s+\| web ready/, { timeout: 30_000 });
    await expect(log).toContainText(/worker \| worker tick/, { timeout: 30_000 });
    await shoot(page, 'project-logs');
    // Filter by service: only the worker's lines are left.
    await page.getByRole('checkbox', { name: 'web', exact: true }).uncheck();
    await expect(log).not.toContainText('web ready');
    await expect(log).toContainText(/worker \| worker tick/);
    // The tail arrives as one sorted batch: with the worker's lines drawn, a web line would be too.
    await expect(log).not.toContainText('web ready');
    await expect(page.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
      `docker compose -p ${project} logs -f worker`,
    );
    await page.getByRole('checkbox', { name: 'web', exact: true }).check();
    await expect(log).toContainText(/web\s+\| web ready/);

    // The Apps page: one row for the project, with both services.
    await page.getByRole('link', { name: 'Back to Compose apps' }).click();
    const apps = page.getByRole('table', { name: 'Compose apps' });
    const row = apps.getByRole('row', { name: project });
    await expect(row).toContainText('Running');
    await expect(row.getByRole('list', { name: `Services of ${project}` }).getByRole('listitem')).toHaveCount(
      2,
    );
    await shoot(page, 'apps-page');

    // Stop the whole app: both containers stop.
    await row.getByRole('button', { name: `Stop ${project}` }).click();
    await expect(row).toContainText('Stopped', { timeout: 30_000 });
    await expect(page.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
      `docker compose -p ${project} stop`,
    );
    const ids = (await berth.docker(['ps', '-aq', '--filter', `label=com.docker.compose.project=${project}`]))
      .split('\n')
      .filter(Boolean);
    expect(ids).toHaveLength(2);
    for (const id of ids)
      expect((await berth.docker(['inspect', '--format', '{{.State.Status}}', id])).trim()).toBe('exited');

    // Down from the project page: names the volume, keeps it unless ticked.
    await row.getByRole('link', { name: project }).click();
    await page.getByRole('button', { name: 'Down…' }).click();
    const down = page.getByRole('dialog', { name: `Take ${project} down?` });
    await expect(down.getByRole('list', { name: 'Volumes of the project' })).toContainText(`${project}_data`);
    await expect(down.getByRole('checkbox', { name: /Also remove this volume/ })).not.toBeChecked();
    await down.getByRole('button', { name: 'Take down' }).click();
    await expect(page.getByText(`No compose project named “${project}”`)).toBeVisible({ timeout: 60_000 });
    const volumes = await berth.docker([
      'volume',
      'ls',
      '-q',
      '--filter',
      `label=com.docker.compose.project=${project}`,
    ]);
    expect(volumes.trim()).toBe(`${project}_data`);
  } finally {
    await removeProject(berth.docker, project);
  }
});

test('a YAML error shows the tool’s own words and the dialog stays usable', async ({ page, berth }) => {
  const project = berth
    .uniqueName('e2e-bad')
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '-');
  await page.goto(`${serve.url}#/compose`);
  await page.getByRole('button', { name: 'Open compose file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open a compose file' });
  await dialog.locator('input[type=file]').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('services:\n  web:\n    image: x\n   bad: [\n'),
  });
  await dialog.getByLabel('Project name').fill(project);
  await dialog.getByRole('button', { name: 'Up', exact: true }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('The compose tool failed:', { timeout: 30_000 });
  await expect(alert).toContainText(/while parsing|mapping/);
  await shoot(page, 'up-dialog-error');
  // Still usable: the name can be changed and the dialog closed.
  await dialog.getByLabel('Project name').fill('BAD NAME');
  await expect(
    dialog.getByText('Not a project name: use lowercase letters, digits, “-” and “_”.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Compose apps', level: 1 })).toBeVisible();
});

test('the Engine page says which compose tool Berth drives, and where', async ({ page }) => {
  await page.goto(`${serve.url}#/engine`);
  const card = page.getByRole('region', { name: 'Compose tool' });
  await expect(card).toContainText(/docker(-compose| compose \(plugin\)) \d+\.\d+/);
  await expect(card).toContainText(/\/docker(-compose)?$/);
});
