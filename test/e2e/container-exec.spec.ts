// The Exec tab against the real engine: a shell (sh in busybox), typed input and its output,
// the exit code when the shell ends, and a new session afterwards.
import { expect, test } from './fixtures';
import { openApp } from '../support/app-page';

test.describe('container exec', () => {
  test('runs commands in a shell and shows the exit code', async ({ page, berth, containers }) => {
    const name = containers.name('e2e-exec');
    await berth.docker(['run', '-d', '--name', name, berth.busybox, 'sleep', '300']);
    await openApp(page, berth.serve.url, `/containers/${name}/exec`);
    const terminal = page.getByRole('group', { name: 'Terminal' });
    await expect(page.getByRole('status').filter({ hasText: 'Connected as root with sh' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
      `docker exec -it ${name} sh`,
    );

    await terminal.locator('.xterm').click();
    await page.keyboard.type('echo hello-from-$((6*7))-exec');
    await page.keyboard.press('Enter');
    await expect(terminal.locator('.xterm-rows')).toContainText('hello-from-42-exec');

    await page.keyboard.type('exit 3');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Process exited' })).toHaveText(
      'Process exited with code 3',
    );
    await expect(terminal.locator('.xterm-rows')).toContainText('[Process exited with code 3]');

    // A new session starts a fresh shell.
    await page.getByRole('button', { name: 'New session' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Connected as root with sh' })).toBeVisible();
    await terminal.locator('.xterm').click();
    await page.keyboard.type('echo user=$(id -un)');
    await page.keyboard.press('Enter');
    await expect(terminal.locator('.xterm-rows')).toContainText('user=root');
  });

  test('a stopped container says it is not running', async ({ page, berth, containers }) => {
    const name = containers.name('e2e-exec-stopped');
    await berth.docker(['create', '--name', name, berth.busybox, 'true']);
    await openApp(page, berth.serve.url, `/containers/${name}/exec`);
    await expect(page.getByText('The container is not running')).toBeVisible();
  });
});
