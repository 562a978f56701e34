// What a new user sees after acting: Run says what it made and links to it, Create only shows
// `docker create`, -i/-t sit in the main form, and the container's page has Stop, Restart and
// Remove.
import { expect, test } from './fixtures';

test.describe('after Run', () => {
  test('says what it made, links to it, and its page can stop and remove it', async ({ page, berth }) => {
    const name = berth.uniqueName('e2e-newuser');
    await page.goto(berth.serve.url);
    await expect(page.getByRole('status', { name: 'Engine running' })).toBeVisible();
    await page.getByRole('button', { name: 'Run a container' }).click();
    const dialog = page.getByRole('dialog', { name: 'Run a container' });
    await dialog.getByRole('textbox', { name: 'Image' }).fill(berth.busybox);
    await dialog.getByRole('textbox', { name: 'Container name' }).fill(name);
    await dialog.getByRole('textbox', { name: 'Command' }).fill('sleep 300');

    // -i and -t without opening Advanced.
    await expect(dialog.getByRole('checkbox', { name: 'Keep STDIN open (-i)' })).toBeVisible();
    await expect(dialog.getByRole('checkbox', { name: 'Allocate a terminal (-t)' })).toBeVisible();

    const line = dialog.getByRole('group', { name: 'Equivalent docker command' }).locator('code');
    await expect(line).toHaveText(new RegExp(`^docker run -d --name ${name} `));
    await dialog.getByRole('button', { name: 'Create only' }).focus();
    await expect(line).toHaveText(new RegExp(`^docker create --name ${name} `));
    await dialog.getByRole('button', { name: 'Run', exact: true }).focus();
    await dialog.getByRole('button', { name: 'Run', exact: true }).click();

    const notice = page.getByRole('status').filter({ hasText: `${name} is running.` });
    await expect(notice).toBeVisible();
    await notice.getByRole('link', { name: 'Open' }).click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();

    const actions = page.getByRole('group', { name: 'Container actions' });
    await actions.getByRole('button', { name: 'Stop', exact: true }).click();
    await expect(actions.getByRole('button', { name: 'Start', exact: true })).toBeVisible({
      timeout: 30_000,
    });
    expect(await berth.docker(['inspect', '-f', '{{.State.Running}}', name])).toBe('false');

    await actions.getByRole('button', { name: 'Remove…' }).click();
    const confirm = page.getByRole('dialog', { name: /Remove/ });
    await expect(confirm).toContainText(name);
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(page).toHaveURL(/#\/containers$/);
    expect(await berth.docker(['ps', '-aq', '--filter', `name=^${name}$`])).toBe('');
  });
});

test.describe('engine errors in words', () => {
  test('a name already in use says so, with the engine’s text underneath', async ({ page, berth }) => {
    const name = berth.uniqueName('e2e-taken');
    await berth.docker(['create', '--name', name, berth.busybox, 'true']);
    try {
      await page.goto(berth.serve.url);
      await page.getByRole('button', { name: 'Run a container' }).click();
      const dialog = page.getByRole('dialog', { name: 'Run a container' });
      await dialog.getByRole('textbox', { name: 'Image' }).fill(berth.busybox);
      await dialog.getByRole('textbox', { name: 'Container name' }).fill(name);
      await dialog.getByRole('button', { name: 'Run', exact: true }).click();
      const alert = dialog.getByRole('alert');
      await expect(alert).toContainText(`A container named ${name} already exists.`);
      await alert.getByText("The engine's words").click();
      await expect(alert.locator('code')).toContainText('is already in use');
      // What was typed is kept.
      await expect(dialog.getByRole('textbox', { name: 'Container name' })).toHaveValue(name);
    } finally {
      await berth.docker(['rm', '-f', name]);
    }
  });
});
