// The Files tab's edits against the real engine: make a folder, view a text file (and a binary
// one), delete after confirming; a stopped container says to start it before deleting.
import { expect, test } from './fixtures';

test.describe('container file edits', () => {
  test('make a folder, view a text file, delete after confirming', async ({ page, berth, containers }) => {
    const name = await containers.run('e2e-file-edit', [
      berth.busybox,
      'sh',
      '-c',
      'mkdir -p /work/old && echo inside > /work/old/x && printf "line one\\nline two\\n" > /work/notes.txt && ' +
        'printf "a\\000b" > /work/blob && sleep 300',
    ]);
    await page.goto(`${berth.serve.url}#/containers/${name}/files`);
    const table = page.getByRole('table', { name: 'Files' });
    await table.getByRole('button', { name: 'work', exact: true }).click();
    await expect(table.getByRole('row', { name: 'notes.txt' })).toBeVisible();

    // New folder: a bad name is refused in the form, a good one is made.
    await page.getByRole('button', { name: 'New folder' }).click();
    const create = page.getByRole('dialog', { name: 'New folder in /work' });
    const field = create.getByRole('textbox', { name: 'Folder name' });
    await field.fill('..');
    await expect(create.getByRole('button', { name: 'Create' })).toBeDisabled();
    await field.fill('old');
    await expect(create.getByText('old already exists in this folder.')).toBeVisible();
    await expect(create.getByRole('button', { name: 'Create' })).toBeDisabled();
    await field.fill('made-by-e2e');
    await expect(create.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
      `docker exec ${name} mkdir -- /work/made-by-e2e`,
    );
    await create.getByRole('button', { name: 'Create' }).click();
    await expect(create).toBeHidden();
    await expect(table.getByRole('row', { name: 'made-by-e2e' })).toBeVisible();
    expect(await berth.docker(['exec', name, 'stat', '-c', '%F', '/work/made-by-e2e'])).toBe('directory');

    // View a text file, then a binary one.
    await table
      .getByRole('row', { name: 'notes.txt' })
      .getByRole('button', { name: 'View notes.txt' })
      .click();
    const viewer = page.getByRole('dialog', { name: '/work/notes.txt' });
    await expect(viewer.getByLabel('Content of notes.txt')).toHaveText('line one\nline two\n');
    await expect(viewer.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
      `docker cp ${name}:/work/notes.txt -`,
    );
    await viewer.getByRole('button', { name: 'Close' }).last().click();
    await table.getByRole('row', { name: 'blob' }).getByRole('button', { name: 'View blob' }).click();
    await expect(page.getByRole('dialog', { name: '/work/blob' })).toContainText('binary, not text');
    await page.keyboard.press('Escape');

    // Delete a folder: the dialog names it and says everything inside goes too.
    await table.getByRole('row', { name: 'old' }).getByRole('button', { name: 'Delete old' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete old?' });
    await expect(confirm).toContainText('This deletes the folder /work/old and everything inside it.');
    await expect(confirm.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
      `docker exec ${name} rm -rf -- /work/old`,
    );
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(table.getByRole('row', { name: 'old' })).toBeHidden();
    await expect(table.getByRole('row', { name: 'notes.txt' })).toBeVisible();
    expect(await berth.docker(['exec', name, 'ls', '/work'])).not.toMatch(/\bold\b/);
  });

  test('a stopped container makes folders but says to start it before deleting', async ({
    page,
    berth,
    containers,
  }) => {
    const stopped = containers.name('e2e-file-edit-stopped');
    await berth.docker(['create', '--name', stopped, berth.busybox, 'true']);
    await page.goto(`${berth.serve.url}#/containers/${stopped}/files`);
    const table = page.getByRole('table', { name: 'Files' });
    await table.getByRole('button', { name: 'tmp', exact: true }).click();
    await page.getByRole('button', { name: 'New folder' }).click();
    await page.getByRole('textbox', { name: 'Folder name' }).fill('offline');
    await page.getByRole('button', { name: 'Create' }).click();
    await expect(table.getByRole('row', { name: 'offline' })).toBeVisible();

    await table.getByRole('row', { name: 'offline' }).getByRole('button', { name: 'Delete offline' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete offline?' });
    await expect(confirm.getByRole('alert')).toHaveText('Start the container to delete files.');
    await expect(confirm.getByRole('button', { name: 'Delete', exact: true })).toBeDisabled();
  });
});
