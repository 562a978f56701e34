// Containers page actions against the real engine: per-row start/stop/pause/resume/kill/rename,
// multi-select stop and remove, an engine error shown next to its row, the prune preview and
// compose project groups.
import type { Page } from '@playwright/test';
import { expect, test, type BerthFixture } from './fixtures';
import { openApp } from '../support/app-page';

const TRAPPING = ['sh', '-c', 'trap "exit 0" TERM; while true; do sleep 1; done'];

async function openContainers(page: Page, berth: BerthFixture, search?: string) {
  await openApp(page, berth.serve.url);
  await page.getByRole('radio', { name: /^All \(\d+\)$/ }).click();
  await page.getByRole('combobox', { name: 'State' }).selectOption('any');
  await page.getByRole('searchbox', { name: 'Search' }).fill(search ?? '');
  return page.getByRole('table', { name: 'Containers' });
}

async function names(berth: BerthFixture, filter: string): Promise<string[]> {
  const out = await berth.docker(['ps', '-a', '--filter', `name=${filter}`, '--format', '{{.Names}}']);
  return out.split('\n').filter(Boolean).sort();
}

test.describe('container actions', () => {
  test('per-row actions report next to the row and follow the engine', async ({ page, berth }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const name = berth.uniqueName('e2e-row');
    const renamed = `${name}-renamed`;
    await berth.docker(['run', '-d', '--name', name, berth.busybox, ...TRAPPING]);
    try {
      const table = await openContainers(page, berth, name);
      const row = table.getByRole('row', { name, exact: true });
      await expect(row).toContainText('Running');
      await expect(row.getByRole('link', { name })).toHaveAttribute('href', /#\/containers\/[0-9a-f]{64}$/);

      await row.getByRole('button', { name: `Stop ${name}` }).click();
      await expect(row).toContainText('Exited (0)');
      await expect(row.getByRole('status')).toHaveText('Stopped');
      await expect(page.locator('.command-line code').last()).toHaveText(`docker stop ${name}`);

      await row.getByRole('button', { name: `Start ${name}` }).click();
      await expect(row).toContainText('Running');

      await row.getByRole('button', { name: `More actions for ${name}` }).click();
      await page.getByRole('menuitem', { name: 'Pause' }).click();
      await expect(row).toContainText('Paused');
      expect(await berth.docker(['inspect', '-f', '{{.State.Status}}', name])).toBe('paused');
      await row.getByRole('button', { name: `More actions for ${name}` }).click();
      await page.getByRole('menuitem', { name: 'Resume' }).click();
      await expect(row).toContainText('Running');

      await row.getByRole('button', { name: `More actions for ${name}` }).click();
      await page.getByRole('menuitem', { name: 'Send a signal…' }).click();
      const kill = page.getByRole('dialog', { name: `Send a signal to ${name}` });
      await kill.getByRole('combobox', { name: 'Signal' }).selectOption('SIGTERM');
      await expect(kill.locator('code')).toHaveText(`docker kill -s SIGTERM ${name}`);
      await kill.getByRole('button', { name: 'Send' }).click();
      await expect(kill).toHaveCount(0);
      await expect(row).toContainText('Exited (0)');

      await row.getByRole('button', { name: `More actions for ${name}` }).click();
      await page.getByRole('menuitem', { name: 'Rename…' }).click();
      const rename = page.getByRole('dialog', { name: `Rename ${name}` });
      await rename.getByRole('textbox', { name: 'New name' }).fill('-bad');
      await expect(rename.getByText('starting with a letter or digit')).toBeVisible();
      await expect(rename.getByRole('button', { name: 'Rename' })).toBeDisabled();
      await rename.getByRole('textbox', { name: 'New name' }).fill(renamed);
      await rename.getByRole('button', { name: 'Rename' }).click();
      await page.getByRole('searchbox', { name: 'Search' }).fill(renamed);
      await expect(table.getByRole('row', { name: renamed, exact: true })).toBeVisible();
      expect(await names(berth, renamed)).toEqual([renamed]);
      expect(errors).toEqual([]);
    } finally {
      await berth.docker(['rm', '-f', name, renamed]).catch(() => undefined);
    }
  });

  test('an engine error is shown in words next to the row that failed', async ({
    page,
    berth,
    containers,
  }) => {
    const name = containers.name('e2e-err');
    await berth.docker(['run', '-d', '--name', name, berth.busybox, ...TRAPPING]);
    const table = await openContainers(page, berth, name);
    const row = table.getByRole('row', { name, exact: true });
    await row.getByRole('button', { name: `Remove ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove 1 container?' });
    await expect(dialog.getByRole('list')).toContainText(name);
    await expect(dialog).toContainText('1 of them is running.');
    await dialog.getByRole('checkbox', { name: /force/ }).uncheck();
    await expect(dialog.locator('code')).toHaveText(`docker rm ${name}`);
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(row.getByRole('alert')).toContainText('cannot remove a running container');
    await row.getByRole('button', { name: `Dismiss message for ${name}` }).click();
    await expect(row.getByRole('alert')).toHaveCount(0);
    expect(await names(berth, name)).toEqual([name]);
  });

  test('multi-select stops and removes exactly the selected containers', async ({ page, berth }) => {
    const prefix = berth.uniqueName('e2e-multi');
    const [a, b, c] = ['a', 'b', 'c'].map((x) => `${prefix}-${x}`) as [string, string, string];
    for (const n of [a, b, c]) await berth.docker(['run', '-d', '--name', n, berth.busybox, ...TRAPPING]);
    try {
      const table = await openContainers(page, berth, prefix);
      await expect(table.getByRole('row', { name: c })).toBeVisible();
      await page.getByRole('checkbox', { name: `Select ${a}` }).check();
      await page.getByRole('checkbox', { name: `Select ${b}` }).check();
      const bar = page.getByRole('toolbar', { name: 'Actions for the selected containers' });
      await expect(bar).toContainText('2 selected');
      await bar.getByRole('button', { name: 'Stop', exact: true }).click();
      await expect(table.getByRole('row', { name: a })).toContainText('Exited (0)');
      await expect(table.getByRole('row', { name: b })).toContainText('Exited (0)');
      await expect(bar.getByRole('status')).toHaveText('2 done, 0 failed');
      await expect(page.locator('.command-line code').last()).toHaveText(`docker stop ${a} ${b}`);
      await expect(table.getByRole('row', { name: c })).toContainText('Running');

      await page.getByRole('checkbox', { name: 'Select all' }).check();
      await expect(bar).toContainText('3 selected');
      await bar.getByRole('button', { name: 'Remove', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Remove 3 containers?' });
      for (const n of [a, b, c])
        await expect(dialog.getByRole('listitem').filter({ hasText: n })).toHaveCount(1);
      await expect(dialog).toContainText('1 of them is running.');
      await expect(dialog.getByRole('checkbox', { name: /force/ })).toBeChecked();
      await dialog.getByRole('button', { name: 'Remove' }).click();
      for (const n of [a, b, c]) await expect(table.getByRole('row', { name: n })).toHaveCount(0);
      expect(await names(berth, prefix)).toEqual([]);
    } finally {
      await berth.docker(['rm', '-f', a, b, c]).catch(() => undefined);
    }
  });

  test('prune shows what it will delete, then deletes exactly that', async ({ page, berth }) => {
    const prefix = berth.uniqueName('e2e-prune');
    const [stopped1, stopped2, running] = ['s1', 's2', 'run'].map((x) => `${prefix}-${x}`) as [
      string,
      string,
      string,
    ];
    await berth.docker(['create', '--name', stopped1, berth.busybox, 'true']);
    await berth.docker(['run', '--name', stopped2, berth.busybox, 'true']);
    await berth.docker(['run', '-d', '--name', running, berth.busybox, ...TRAPPING]);
    try {
      const table = await openContainers(page, berth, prefix);
      await expect(table.getByRole('row', { name: stopped2 })).toContainText('Exited (0)');
      await page.getByRole('button', { name: 'Remove stopped' }).click();
      const dialog = page.getByRole('dialog', { name: 'Remove stopped containers' });
      const list = dialog.getByRole('list');
      await expect(list.getByRole('listitem').filter({ hasText: stopped1 })).toHaveCount(1);
      await expect(list.getByRole('listitem').filter({ hasText: stopped2 })).toHaveCount(1);
      await expect(list.getByRole('listitem').filter({ hasText: running })).toHaveCount(0);
      await expect(dialog.locator('code')).toContainText(`docker rm `);
      await expect(dialog.locator('code')).toContainText(stopped1);
      // Created after the preview opened: not in the list, so not removed.
      const late = `${prefix}-late`;
      await berth.docker(['create', '--name', late, berth.busybox, 'true']);
      await dialog.getByRole('button', { name: /^Remove \d+$/ }).click();
      await expect(dialog.getByRole('status').filter({ hasText: 'Removed' })).toContainText(
        /Removed \d+ containers, reclaimed/,
      );
      await dialog.getByRole('button', { name: 'Close' }).first().click();
      await expect(table.getByRole('row', { name: stopped1 })).toHaveCount(0);
      expect(await names(berth, prefix)).toEqual([late, running].sort());
    } finally {
      await berth.docker(['rm', '-f', stopped1, stopped2, running, `${prefix}-late`]).catch(() => undefined);
    }
  });

  test('compose projects group their containers under a collapsible row', async ({ page, berth }) => {
    const project = berth.uniqueName('e2e-proj');
    const label = `com.docker.compose.project=${project}`;
    const web = `${project}-web-1`;
    const db = `${project}-db-1`;
    await berth.docker(['run', '-d', '--name', web, '--label', label, berth.busybox, ...TRAPPING]);
    await berth.docker(['create', '--name', db, '--label', label, berth.busybox, 'true']);
    try {
      const table = await openContainers(page, berth, project);
      const group = table.getByRole('row', { name: project, exact: true });
      await expect(group).toContainText('Running (1/2)');
      await expect(table.getByRole('row', { name: web })).toBeVisible();
      await group.getByRole('button', { name: `Show or hide the containers of ${project}` }).click();
      await expect(table.getByRole('row', { name: web })).toHaveCount(0);
      await expect(table.getByRole('row', { name: db })).toHaveCount(0);
      await group.getByRole('button', { name: `Show or hide the containers of ${project}` }).click();
      await expect(table.getByRole('row', { name: db })).toBeVisible();
      await group.getByRole('button', { name: `Stop ${project}` }).click();
      await expect(group).toContainText('Stopped (0/2)');
    } finally {
      await berth.docker(['rm', '-f', web, db]).catch(() => undefined);
    }
  });
  test('search, state filter and sort survive navigation', async ({ page, berth }) => {
    const prefix = berth.uniqueName('e2e-keep');
    const [up, down] = [`${prefix}-up`, `${prefix}-down`];
    await berth.docker(['run', '-d', '--name', up, berth.busybox, ...TRAPPING]);
    await berth.docker(['create', '--name', down, berth.busybox, 'true']);
    try {
      const table = await openContainers(page, berth, prefix);
      await expect(table.getByRole('row', { name: down })).toBeVisible();
      await page.getByRole('combobox', { name: 'State' }).selectOption('created');
      await expect(table.getByRole('row', { name: up })).toHaveCount(0);
      await table.getByRole('button', { name: 'Created' }).click();
      await page.getByRole('link', { name: 'Images' }).click();
      await expect(page.getByRole('heading', { name: 'Images', level: 1 })).toBeVisible();
      await page.getByRole('link', { name: 'Containers' }).click();
      await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue(prefix);
      await expect(page.getByRole('combobox', { name: 'State' })).toHaveValue('created');
      await expect(table.getByRole('columnheader', { name: 'Created' })).toHaveAttribute(
        'aria-sort',
        'ascending',
      );
      await expect(table.getByRole('row', { name: down })).toBeVisible();
      await expect(table.getByRole('row', { name: up })).toHaveCount(0);
    } finally {
      await berth.docker(['rm', '-f', up, down]).catch(() => undefined);
    }
  });
});
