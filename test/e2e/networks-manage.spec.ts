// Managing networks from the Networks page against the real engine: create with a subnet,
// connect a running container with an alias, disconnect, remove; the engine's own networks cannot
// be removed; prune removes exactly its preview.
import type { Page } from '@playwright/test';
import { expect, test, type BerthFixture } from './fixtures';

async function openNetworks(page: Page, berth: BerthFixture, search: string) {
  await page.goto(berth.serve.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Networks' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(search);
  return page.getByRole('table', { name: 'Networks' });
}

test.describe('network management', () => {
  test('create, connect with an alias, disconnect, remove', async ({ page, berth, containers }) => {
    const network = berth.uniqueName('e2e-netm');
    const box = containers.name('e2e-netm-box');
    await berth.docker(['run', '-d', '--name', box, berth.busybox, 'sleep', '300']);
    try {
      const table = await openNetworks(page, berth, network);
      await page.getByRole('button', { name: 'Create network' }).click();
      const create = page.getByRole('dialog', { name: 'Create a network' });
      await create.getByLabel('Name', { exact: true }).fill(network);
      await create.getByLabel('Subnet', { exact: true }).fill('10.233.5.0/24');
      await create.getByLabel('Gateway', { exact: true }).fill('10.233.5.1');
      await expect(create.locator('code')).toHaveText(
        `docker network create --subnet 10.233.5.0/24 --gateway 10.233.5.1 ${network}`,
      );
      await create.getByRole('button', { name: 'Create', exact: true }).click();
      const row = table.getByRole('row', { name: network });
      await expect(row).toContainText('10.233.5.0/24');
      await expect(row).toContainText('10.233.5.1');

      await row.getByRole('button', { name: `Connect containers to ${network}` }).click();
      const members = page.getByRole('dialog', { name: `Containers on ${network}` });
      await expect(members).toContainText('No container is on this network.');
      await members.getByLabel('Container').selectOption({ label: box });
      await members.getByLabel('Aliases').fill('web-alias');
      await expect(members.locator('code')).toHaveText(
        `docker network connect --alias web-alias ${network} ${box}`,
      );
      await members.getByRole('button', { name: 'Connect', exact: true }).click();
      await expect(members.getByRole('status').filter({ hasText: `Connected ${box}` })).toBeVisible();
      await expect(members.getByRole('link', { name: box })).toBeVisible();
      await expect(row).toContainText('1 container');
      const aliases = await berth.docker([
        'inspect',
        '-f',
        `{{json (index .NetworkSettings.Networks "${network}").Aliases}}`,
        box,
      ]);
      expect(JSON.parse(aliases)).toContain('web-alias');
      await members.getByRole('button', { name: `Disconnect ${box}` }).click();
      await expect(members.getByRole('status').filter({ hasText: `Disconnected ${box}` })).toBeVisible();
      await expect(row).toContainText('None');
      await members.getByRole('button', { name: 'Close' }).click();

      await row.getByRole('button', { name: `Remove ${network}` }).click();
      const remove = page.getByRole('dialog', { name: `Remove ${network}` });
      await remove.getByRole('button', { name: 'Remove network' }).click();
      await expect(remove.getByRole('status').filter({ hasText: `Removed ${network}` })).toBeVisible();
      await expect(row).toHaveCount(0);
    } finally {
      await berth.docker(['network', 'rm', network]).catch(() => undefined);
    }
  });

  test('bridge cannot be removed; prune removes exactly the preview', async ({ page, berth }) => {
    const prefix = berth.uniqueName('e2e-netp');
    const early = `${prefix}-a`;
    const late = `${prefix}-late`;
    await berth.docker(['network', 'create', early]);
    try {
      const table = await openNetworks(page, berth, 'bridge');
      await expect(
        table
          .getByRole('row', { name: 'bridge' })
          .getByRole('button', { name: /^Remove bridge: The engine’s own network/ }),
      ).toBeDisabled();
      await openNetworks(page, berth, prefix);
      await page.getByRole('button', { name: 'Remove unused' }).click();
      const prune = page.getByRole('dialog', { name: 'Remove unused networks' });
      const list = prune.getByRole('list', { name: 'Remove unused networks' });
      await expect(list.getByRole('listitem').filter({ hasText: early })).toHaveCount(1);
      await expect(list.getByRole('listitem').filter({ hasText: /^bridge/ })).toHaveCount(0);
      await berth.docker(['network', 'create', late]);
      await prune.getByRole('button', { name: /^Remove \d+ networks?$/ }).click();
      await expect(prune.getByRole('status').filter({ hasText: /Removed \d+ networks?/ })).toBeVisible();
      const left = await berth.docker(['network', 'ls', '--format', '{{.Name}}']);
      expect(left).not.toContain(early);
      expect(left).toContain(late);
    } finally {
      await berth.docker(['network', 'rm', early, late]).catch(() => undefined);
    }
  });
});
