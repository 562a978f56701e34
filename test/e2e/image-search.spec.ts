// Docker Hub search offline: one line that says Hub cannot be reached, and the app keeps working.
// The tag picker lists tags from the local registry and pulls the chosen one.
import { expect, test } from './fixtures';

test.describe('Docker Hub search', () => {
  test('offline, the search says so in one line and the rest keeps working', async ({ page, berth }) => {
    await page.goto(`${berth.serve.url}#/images/search`);
    await expect(page.getByRole('heading', { level: 1, name: 'Search Docker Hub' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search term' }).fill('nginx');
    await page.getByRole('checkbox', { name: 'Official only' }).check();
    await page.getByRole('spinbutton', { name: 'Minimum stars' }).fill('10');
    await expect(page.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
      'docker search --filter is-official=true --filter stars=10 nginx',
    );
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(/^Docker Hub cannot be reached: \S.*$/);
    expect((await alert.innerText()).split('\n')).toHaveLength(1);

    await page.getByRole('link', { name: 'Images' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  });

  test('the tag picker lists a registry’s tags and pulls the chosen one', async ({ page, berth }) => {
    const repo = `${berth.registry}/berth/${berth.uniqueName('e2e-tags')}`;
    for (const tag of ['1.0', '2.0']) {
      await berth.docker(['tag', berth.busybox, `${repo}:${tag}`]);
      await berth.docker(['push', `${repo}:${tag}`]);
    }
    await berth.docker(['rmi', `${repo}:1.0`, `${repo}:2.0`]);
    try {
      await page.goto(`${berth.serve.url}#/images/search`);
      await page.getByRole('textbox', { name: 'Repository' }).fill(repo);
      await page.getByRole('button', { name: 'Show tags' }).click();
      const dialog = page.getByRole('dialog', { name: `Tags of ${repo}` });
      await expect(dialog.getByText('2 tags')).toBeVisible();
      await dialog.getByRole('searchbox', { name: 'Filter tags' }).fill('2.');
      await expect(dialog.getByRole('row', { name: '1.0' })).toHaveCount(0);
      await dialog.getByRole('radio', { name: '2.0' }).check();
      await dialog.getByRole('button', { name: `Pull ${repo}:2.0` }).click();
      await expect(dialog.getByRole('status').filter({ hasText: 'started' })).toBeVisible();
      await expect
        .poll(
          () => berth.docker(['image', 'inspect', '--format', 'ok', `${repo}:2.0`]).catch(() => 'missing'),
          {
            timeout: 30_000,
          },
        )
        .toBe('ok');
    } finally {
      await berth.docker(['rmi', '-f', `${repo}:2.0`]).catch(() => undefined);
    }
  });
});
