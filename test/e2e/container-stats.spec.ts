// The Stats tab against the real engine: live charts with current values in words for a busy
// container, and a plain sentence for a stopped one.
import { expect, test } from './fixtures';

test.describe('container stats', () => {
  test('shows live CPU, memory, network, disk and process figures', async ({ page, berth, containers }) => {
    const name = await containers.run('e2e-stats', [
      '--memory',
      '96m',
      berth.busybox,
      'sh',
      '-c',
      'while :; do :; done',
    ]);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${berth.serve.url}#/containers/${name}/stats`);
    await expect(page.getByRole('tab', { name: 'Stats' })).toHaveAttribute('aria-selected', 'true');

    const cpu = page.getByRole('figure', { name: 'CPU usage' });
    await expect(cpu).toBeVisible();
    // A spinning shell uses a real share of a core once two readings exist.
    await expect(cpu).toContainText(/[1-9]\d*\.\d\d%/, { timeout: 20_000 });
    await expect(cpu.locator('svg.recharts-surface')).toBeVisible();

    const memory = page.getByRole('figure', { name: 'Memory usage' });
    // In docker stats' own units: --memory 96m is 96 MiB.
    await expect(memory).toContainText(/of 96 MiB/);
    await expect(page.getByRole('figure', { name: 'Network I/O' })).toContainText(/Received .+\/s/);
    await expect(page.getByRole('figure', { name: 'Disk I/O' })).toContainText(/Read .+\/s/);
    await expect(page.getByRole('figure', { name: 'Processes' })).toContainText(/\d+/);
    await expect(page.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
      `docker stats ${name}`,
    );

    // Stopping it turns the charts' feed into a sentence.
    await berth.docker(['stop', '-t', '0', name]);
    await expect(page.getByRole('status').filter({ hasText: 'This container is not running' })).toBeVisible({
      timeout: 20_000,
    });
    expect(errors).toEqual([]);
  });
});
