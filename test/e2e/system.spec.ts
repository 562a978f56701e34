// The System page against the real engine: disk usage, live events showing a `docker run` as it
// happens (with Pause), and a system prune that shows what will go (volumes only when ticked),
// removes exactly that and says what it freed.
import { expect, test } from './fixtures';

test.describe('system page', () => {
  test('disk usage and live events with pause', async ({ page, berth }) => {
    const first = berth.uniqueName('e2e-ev');
    const second = berth.uniqueName('e2e-ev-paused');
    await page.goto(berth.serve.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'System' }).click();
    const usage = page.getByRole('table', { name: 'Disk usage' });
    await expect(usage.getByRole('row', { name: /Images/ })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Equivalent docker command' }).first()).toContainText(
      'docker system df -v',
    );
    const events = page.getByRole('table', { name: 'Engine events' });
    await page.getByRole('searchbox', { name: 'Filter events' }).fill('e2e-ev');
    await page.getByLabel('Type', { exact: true }).selectOption('container');
    try {
      await berth.docker(['run', '--rm', '--name', first, berth.busybox, 'true']);
      await expect(events.getByRole('row', { name: `container start ${first}` })).toBeVisible();
      await expect(events.getByRole('row', { name: `container die ${first}` })).toBeVisible();

      await page.getByRole('button', { name: 'Pause' }).click();
      await berth.docker(['run', '--rm', '--name', second, berth.busybox, 'true']);
      await expect(
        page.getByRole('status').filter({ hasText: /Paused: [1-9]\d* new events waiting/ }),
      ).toBeVisible();
      await expect(events.getByRole('row', { name: `container start ${second}` })).toHaveCount(0);
      await page.getByRole('button', { name: 'Resume' }).click();
      await expect(events.getByRole('row', { name: `container start ${second}` })).toBeVisible();
    } finally {
      await berth.docker(['rm', '-f', first, second]).catch(() => undefined);
    }
  });

  test('system prune previews, removes exactly that, and reports what it freed', async ({ page, berth }) => {
    const stopped = berth.uniqueName('e2e-sys-stopped');
    const late = berth.uniqueName('e2e-sys-late');
    const volume = berth.uniqueName('e2e-sys-vol');
    await berth.docker(['create', '--name', stopped, berth.busybox, 'true']);
    await berth.docker(['volume', 'create', volume]);
    try {
      await page.goto(`${berth.serve.url}#/system`);
      await page.getByRole('button', { name: 'Clean up…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Clean up the system' });
      await expect(dialog.locator('code')).toHaveText('docker system prune --force');
      const groups = dialog.getByRole('list', { name: 'This will remove:' });
      await groups.getByText(/^Stopped containers: \d+/).click();
      await expect(dialog.getByRole('list', { name: 'Stopped containers' })).toContainText(stopped);
      await expect(groups.getByText(/^Unused volumes/)).toHaveCount(0);
      await dialog.getByLabel('Also unused volumes (their data is deleted)').check();
      await expect(dialog.locator('code')).toHaveText('docker system prune --volumes --force');
      await groups.getByText(/^Unused volumes: \d+/).click();
      await expect(dialog.getByRole('list', { name: 'Unused volumes' })).toContainText(volume);
      // Made after the preview: not listed, so kept.
      await berth.docker(['create', '--name', late, berth.busybox, 'true']);
      await dialog.getByRole('button', { name: 'Remove all listed' }).click();
      await expect(
        dialog
          .getByRole('status')
          .filter({ hasText: /Removed [1-9]\d* containers, .* [1-9]\d* volumes; freed/ }),
      ).toBeVisible();
      const names = await berth.docker(['ps', '-a', '--format', '{{.Names}}']);
      expect(names).not.toContain(stopped);
      expect(names).toContain(late);
      expect(await berth.docker(['volume', 'ls', '-q'])).not.toContain(volume);
    } finally {
      await berth.docker(['rm', '-f', stopped, late]).catch(() => undefined);
      await berth.docker(['volume', 'rm', '-f', volume]).catch(() => undefined);
    }
  });
});
