// The Attach tab against the real engine: "Start and attach" from the containers list attaches
// first and then starts (its first line is there) and shows the exit; a running TTY container
// is attached live, takes keystrokes, and keeps running after Detach.
import { expect, test } from './fixtures';
import { openApp } from '../support/app-page';

test.describe('container attach', () => {
  test('"Start and attach" shows the output from the first line and the exit', async ({
    page,
    berth,
    containers,
  }) => {
    const name = containers.name('e2e-attach');
    await berth.docker([
      'create',
      '--name',
      name,
      berth.busybox,
      'sh',
      '-c',
      'echo hello-attach; sleep 1; echo bye',
    ]);
    await openApp(page, berth.serve.url);
    await page.getByRole('radio', { name: /^All \(\d+\)$/ }).click();
    await page.getByRole('combobox', { name: 'State' }).selectOption('any');
    await page.getByRole('searchbox', { name: 'Search' }).fill(name);
    const row = page.getByRole('table', { name: 'Containers' }).getByRole('row', { name, exact: true });
    await row.getByRole('button', { name: `More actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Start and attach' }).click();

    await expect(page.getByRole('tab', { name: 'Attach' })).toHaveAttribute('aria-selected', 'true');
    const rows = page.getByRole('group', { name: 'Terminal' }).locator('.xterm-rows');
    await expect(rows).toContainText('hello-attach');
    await expect(page.getByRole('status').filter({ hasText: 'Process exited' })).toHaveText(
      'Process exited with code 0',
    );
    await expect(rows).toContainText('bye');
    await expect(rows).toContainText('[Process exited with code 0]');
    await expect(page.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
      `docker start -a ${name}`,
    );
    // It can be run again from here.
    await expect(page.getByRole('button', { name: 'Start and attach' })).toBeVisible();
  });

  test('attaches live to a running container and detaches without stopping it', async ({
    page,
    berth,
    containers,
  }) => {
    const name = containers.name('e2e-attach-live');
    await berth.docker(['run', '-dit', '--name', name, berth.busybox, 'sh']);
    await openApp(page, berth.serve.url, `/containers/${name}/attach`);
    await expect(
      page.getByRole('status').filter({ hasText: `Attached to the main process of ${name}` }),
    ).toBeVisible();
    await expect(page.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
      `docker attach ${name}`,
    );

    const terminal = page.getByRole('group', { name: 'Terminal' });
    await terminal.locator('.xterm').click();
    await page.keyboard.type('echo live-$((3*4))');
    await page.keyboard.press('Enter');
    await expect(terminal.locator('.xterm-rows')).toContainText('live-12');

    await page.getByRole('button', { name: 'Detach' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Detached' })).toHaveText(
      'Detached: the container keeps running',
    );
    await expect(page.getByRole('button', { name: 'Attach', exact: true })).toBeVisible();
    expect(await berth.docker(['inspect', '-f', '{{.State.Running}}', name])).toBe('true');
  });
});
