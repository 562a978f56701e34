// The container details page in the browser against the real engine: tabs that are links,
// the overview with a masked secret revealed on click, top, inspect search, and removal.
import { expect, test } from './fixtures';

test.describe('container details', () => {
  test('tabs, overview with masked secrets, top and inspect', async ({ page, berth, containers }) => {
    const name = await containers.run('e2e-details', [
      '-e',
      'API_TOKEN=tok-s3cret-value',
      '-e',
      'GREETING=hello',
      '--label',
      'berth.e2e=details',
      berth.busybox,
      'sleep',
      '300',
    ]);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(berth.serve.url);
    await page
      .getByRole('table', { name: 'Containers' })
      .getByRole('row', { name })
      .getByText(name)
      .first()
      .waitFor();
    await page.goto(`${berth.serve.origin}/#/containers/${name}`);

    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Back to Containers' })).toBeVisible();
    const tabs = page.getByRole('tablist', { name: 'Container details' });
    for (const tab of ['Overview', 'Logs', 'Exec', 'Attach', 'Stats', 'Files', 'Top', 'Inspect', 'Commit'])
      await expect(tabs.getByRole('tab', { name: tab })).toBeVisible();
    await expect(tabs.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');

    // Overview: facts, and the secret is masked until asked for.
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByText('sleep 300')).toBeVisible();
    const env = panel.getByRole('table', { name: 'Environment' });
    await expect(env.getByRole('row', { name: /GREETING/ })).toContainText('hello');
    await expect(env).not.toContainText('tok-s3cret-value');
    await env.getByRole('button', { name: 'Show value of API_TOKEN' }).click();
    await expect(env.getByRole('row', { name: /API_TOKEN/ })).toContainText('tok-s3cret-value');
    await expect(panel.getByRole('table', { name: 'Labels' })).toContainText('berth.e2e');

    // Top: a tab is a link, so the URL changes and survives a reload.
    await tabs.getByRole('tab', { name: 'Top' }).click();
    await expect(page).toHaveURL(/#\/containers\/[^/]+\/top$/);
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Top' })).toHaveAttribute('aria-selected', 'true');
    const processes = page.getByRole('table', { name: 'Processes' });
    await expect(processes.getByRole('columnheader', { name: 'PID', exact: true })).toBeVisible();
    await expect(processes.getByRole('row', { name: 'sleep 300' })).toBeVisible();

    // Inspect: filter narrows the JSON to matching lines.
    await page.getByRole('tab', { name: 'Inspect' }).click();
    const json = page.getByLabel('Inspect JSON', { exact: true });
    await expect(json).toContainText('"Id"');
    await page.getByRole('searchbox', { name: 'Filter inspect JSON' }).fill('berth.e2e');
    await expect(page.getByRole('status').filter({ hasText: /matching line/ })).toHaveText('1 matching line');
    await expect(json).toContainText('"berth.e2e": "details"');
    await expect(json).not.toContainText('"Id"');
    await expect(json.locator('mark')).toHaveText('berth.e2e');

    // Stopped: Top says so in words.
    await berth.docker(['stop', '-t', '0', name]);
    await page.getByRole('tab', { name: 'Top' }).click();
    await expect(page.getByText('The container is not running')).toBeVisible();

    // Removed while open: said in words.
    await berth.docker(['rm', '-f', name]);
    await expect(page.getByRole('alert')).toContainText('it was removed');
    expect(errors).toEqual([]);
  });
});
