// Foundation: the Containers page is live. A container made with the docker CLI appears without a
// reload, its state follows `docker stop`, and `docker rm -f` removes its row.
import { expect, test } from './fixtures';

test.describe('live container list', () => {
  test('rows follow the engine without reloading', async ({ page, berth }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(berth.serve.url);
    await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Engine running' })).toBeVisible();
    await expect(page.getByRole('status', { name: 'Engine running' })).toContainText(berth.dockerHost);

    const name = berth.uniqueName('e2e-live');
    const table = page.getByRole('table', { name: 'Containers' });
    await expect(table.getByRole('row', { name })).toHaveCount(0);

    await berth.docker(['run', '-d', '--name', name, berth.busybox, 'sleep', '300']);
    const row = table.getByRole('row', { name });
    await expect(row).toBeVisible();
    await expect(row).toContainText('Running');
    await expect(row).toContainText(berth.busybox);

    await berth.docker(['stop', '-t', '0', name]);
    await expect(row).toContainText('Exited (137)');

    await berth.docker(['rm', '-f', name]);
    await expect(row).toHaveCount(0);

    // The address bar no longer shows the token once the page has loaded.
    expect(page.url()).not.toContain('token=');
    expect(errors).toEqual([]);
  });

  test('search narrows the list and running/all counts are shown', async ({ page, berth, containers }) => {
    const running = containers.name('e2e-run');
    const stopped = containers.name('e2e-stopped');
    await berth.docker(['run', '-d', '--name', running, berth.busybox, 'sleep', '300']);
    await berth.docker(['create', '--name', stopped, berth.busybox, 'true']);
    await page.goto(berth.serve.url);
    const table = page.getByRole('table', { name: 'Containers' });
    await expect(table.getByRole('row', { name: running })).toBeVisible();
    await expect(table.getByRole('row', { name: stopped })).toBeVisible();

    await page.getByRole('radio', { name: /^Running \(\d+\)$/ }).click();
    await expect(table.getByRole('row', { name: stopped })).toHaveCount(0);
    await expect(table.getByRole('row', { name: running })).toBeVisible();

    await page.getByRole('radio', { name: /^All \(\d+\)$/ }).click();
    await page.getByRole('searchbox', { name: 'Search' }).fill(stopped);
    await expect(table.getByRole('row', { name: running })).toHaveCount(0);
    await expect(table.getByRole('row', { name: stopped })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search' }).fill('');
  });
});
