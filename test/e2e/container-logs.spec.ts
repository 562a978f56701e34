// The Logs tab against the real engine: lines appear (and follow), search finds them, stderr is
// marked in red, download produces a .log file, and a fast producer does not stop the page.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { openApp } from '../support/app-page';

test.describe('container logs', () => {
  test('shows, follows, searches, marks stderr and downloads', async ({ page, berth, containers }) => {
    const name = containers.name('e2e-logs');
    const script =
      'echo alpha-line; echo beta-line >&2; echo "see http://example.test/docs"; echo alpha-again; ' +
      'sleep 2; echo followed-line; sleep 300';
    await berth.docker(['run', '-d', '--name', name, berth.busybox, 'sh', '-c', script]);
    await openApp(page, berth.serve.url, `/containers/${name}/logs`);
    const log = page.getByRole('log', { name: 'Logs' });
    await expect(log.locator('.xterm-rows')).toContainText('alpha-line');
    await expect(log.locator('.xterm-rows')).toContainText('followed-line');
    await expect(log).toHaveAttribute('data-line-count', '5');

    // stderr is red (palette colour 1); stdout is not.
    await expect(log.locator('.xterm-rows span.xterm-fg-1')).toHaveText('beta-line');
    await expect(log.locator('.xterm-rows span.xterm-fg-1', { hasText: 'alpha-line' })).toHaveCount(0);

    // Search counts and steps through matches.
    await page.getByRole('searchbox', { name: 'Search logs' }).fill('alpha');
    const status = page.getByRole('status').filter({ hasText: /matches/ });
    await expect(status).toHaveText('1 of 2 matches');
    await page.getByRole('button', { name: 'Next match' }).click();
    await expect(status).toHaveText('2 of 2 matches');
    await page.getByRole('button', { name: 'Previous match' }).click();
    await expect(status).toHaveText('1 of 2 matches');

    // Download builds a .log file from what is shown.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download logs' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${name}.log`);
    const text = await readFile((await download.path())!, 'utf8');
    // stdout and stderr are separate pipes: their relative order is not guaranteed.
    expect(text.split('\n').filter(Boolean).sort()).toEqual(
      ['alpha-line', 'beta-line', 'see http://example.test/docs', 'alpha-again', 'followed-line'].sort(),
    );
    expect(text.endsWith('followed-line\n')).toBe(true);

    // Tail 2, no follow: only the last two lines; the docker command follows the options.
    await page.getByRole('checkbox', { name: 'Follow' }).uncheck();
    await page.getByRole('textbox', { name: 'Tail lines' }).fill('2');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByText('End of log.')).toBeVisible();
    await expect(log).toHaveAttribute('data-line-count', '2');
    await expect(log.locator('.xterm-rows')).not.toContainText('alpha-line');
    await expect(page.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
      `docker logs --tail 2 ${name}`,
    );

    // A wrong "since" is refused on the field, before anything is sent.
    await page.getByRole('textbox', { name: 'Since' }).fill('yesterday');
    await expect(page.getByText('Use a duration such as 10m')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Apply' })).toBeDisabled();
  });

  test('a container printing as fast as it can keeps the page responsive', async ({
    page,
    berth,
    containers,
  }) => {
    const name = containers.name('e2e-logs-fast');
    await berth.docker(['run', '-d', '--name', name, berth.busybox, 'sh', '-c', 'seq 200000; sleep 300']);
    await openApp(page, berth.serve.url, `/containers/${name}/logs`);
    await page.getByRole('textbox', { name: 'Tail lines' }).fill('');
    await page.getByRole('button', { name: 'Apply' }).click();
    const log = page.getByRole('log', { name: 'Logs' });
    await expect(log).toHaveAttribute('data-line-count', '200000', { timeout: 30_000 });
    await expect(log.locator('.xterm-rows')).toContainText('200000');
    // The page still answers: switching tabs works.
    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect(page.getByRole('heading', { name: 'General' })).toBeVisible();
  });

  test('follows a container again after it restarts', async ({ page, berth, containers }) => {
    const name = await containers.run('e2e-logs-restart', [
      berth.busybox,
      'sh',
      '-c',
      'echo run-started; sleep 300',
    ]);
    await openApp(page, berth.serve.url, `/containers/${name}/logs`);
    const log = page.getByRole('log', { name: 'Logs' });
    await expect(log).toHaveAttribute('data-line-count', '1');
    await berth.docker(['restart', '-t', '0', name]);
    // The new run's line arrives without touching anything (the log now holds both runs).
    await expect(log).toHaveAttribute('data-line-count', '2');
    await expect(page.getByRole('status').filter({ hasText: 'Following' })).toBeVisible();
  });
  test('the toolbar is one row at 1280 px and wraps the search only when narrower', async ({
    page,
    berth,
    containers,
  }) => {
    const name = containers.name('e2e-logs-toolbar');
    await berth.docker(['run', '-d', '--name', name, berth.busybox, 'sleep', '300']);
    await page.setViewportSize({ width: 1280, height: 800 });
    await openApp(page, berth.serve.url, `/containers/${name}/logs`);
    const follow = page.getByRole('checkbox', { name: 'Follow' });
    const search = page.getByRole('searchbox', { name: 'Search logs' });
    await search.fill('nothing-here');
    await expect(page.getByRole('status').filter({ hasText: 'No matches' })).toBeVisible();
    const middle = async (locator: typeof search) => {
      const box = (await locator.boundingBox())!;
      return box.y + box.height / 2;
    };
    const followY = await middle(follow);
    const searchBox = (await search.boundingBox())!;
    // The search box's vertical span covers the Follow checkbox's middle: the same row.
    expect(searchBox.y).toBeLessThan(followY);
    expect(searchBox.y + searchBox.height).toBeGreaterThan(followY);
    expect(searchBox.width).toBeGreaterThan(60);

    await page.setViewportSize({ width: 900, height: 800 });
    await expect.poll(async () => (await middle(search)) > (await middle(follow)) + 10).toBe(true);
  });
});
