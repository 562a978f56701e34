// The Volumes and Networks pages list the engine's real ones and follow changes live.
import { expect, test } from './fixtures';

test('volumes appear, show their users, and go, without reloading', async ({ page, berth }) => {
  const volume = berth.uniqueName('e2e-vol');
  const container = berth.uniqueName('e2e-vol-user');
  await page.goto(berth.serve.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Volumes' }).click();
  await expect(page.getByRole('heading', { name: 'Volumes', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Volumes' });
  try {
    await berth.docker(['volume', 'create', volume]);
    const row = table.getByRole('row', { name: volume });
    await expect(row).toContainText('Unused');
    await berth.docker(['create', '--name', container, '-v', `${volume}:/data`, berth.busybox, 'true']);
    await expect(row).toContainText('1 container');
    await berth.docker(['rm', container]);
    await berth.docker(['volume', 'rm', volume]);
    await expect(row).toHaveCount(0);
  } finally {
    await berth.docker(['rm', '-f', container]).catch(() => undefined);
    await berth.docker(['volume', 'rm', '-f', volume]).catch(() => undefined);
  }
});

test('networks list the defaults and new ones with their subnet', async ({ page, berth }) => {
  const network = berth.uniqueName('e2e-net');
  await page.goto(berth.serve.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Networks' }).click();
  const table = page.getByRole('table', { name: 'Networks' });
  await expect(table.getByRole('row', { name: 'bridge' }).first()).toBeVisible();
  try {
    await berth.docker(['network', 'create', '--subnet', '10.232.9.0/24', network]);
    await expect(table.getByRole('row', { name: network })).toContainText('10.232.9.0/24');
    await berth.docker(['network', 'rm', network]);
    await expect(table.getByRole('row', { name: network })).toHaveCount(0);
  } finally {
    await berth.docker(['network', 'rm', network]).catch(() => undefined);
  }
});
