// Managing images from the list: tag (validated), who uses an image, remove, prune after a
// preview of what goes, and registry login refusing a wrong password as "unauthorized".
import { startRegistry, type Registry } from '../harness/registry';
import { commitRandomImage } from '../support/random-image';
import { expect, test } from './fixtures';
import { openImages } from './images-page';

test.describe('manage images', () => {
  test('tag, see who uses it, remove', async ({ page, berth }) => {
    const repo = berth.uniqueName('e2e-manage');
    const ref = `${repo}:1`;
    const copy = `${repo}:copy`;
    const container = berth.uniqueName('e2e-user');
    await berth.docker(['tag', berth.busybox, ref]);
    try {
      await openImages(page, berth.serve.url);
      const table = page.getByRole('table', { name: 'Images' });
      await page.getByRole('searchbox', { name: 'Search' }).fill(repo);
      await expect(table.getByRole('row', { name: ref })).toBeVisible();

      await page.getByRole('button', { name: `Tag ${ref}` }).click();
      const tagDialog = page.getByRole('dialog', { name: `Tag ${ref}` });
      const target = tagDialog.getByRole('textbox', { name: 'New reference' });
      await target.fill('Bad::x');
      await expect(tagDialog.getByRole('alert')).toHaveText('invalid reference format');
      await expect(tagDialog.getByRole('button', { name: 'Tag', exact: true })).toBeDisabled();
      await target.fill(copy);
      await expect(tagDialog.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
        `docker tag ${ref} ${copy}`,
      );
      await tagDialog.getByRole('button', { name: 'Tag', exact: true }).click();
      await expect(table.getByRole('row', { name: copy })).toBeVisible();

      await berth.docker(['create', '--name', container, copy, 'true']);
      await page.getByRole('button', { name: `Containers using ${ref}` }).click();
      const usedBy = page.getByRole('dialog', { name: `Containers using ${ref}` });
      await expect(usedBy.getByRole('link', { name: container })).toHaveAttribute('href', /#\/containers\//);
      await usedBy.getByRole('button', { name: 'Close' }).click();
      await berth.docker(['rm', '-f', container]);

      await page.getByRole('button', { name: `Remove ${copy}` }).click();
      const removeDialog = page.getByRole('dialog', { name: `Remove ${copy}` });
      await expect(removeDialog).toContainText(`Removes the tag ${copy}`);
      await expect(removeDialog).toContainText(`docker image rm ${copy}`);
      await removeDialog.getByRole('button', { name: 'Remove', exact: true }).click();
      await expect(table.getByRole('row', { name: copy })).toHaveCount(0);
      await expect(table.getByRole('row', { name: ref })).toBeVisible();
    } finally {
      await berth.docker(['rm', '-f', container]).catch(() => undefined);
      await berth.docker(['rmi', ref, copy]).catch(() => undefined);
    }
  });

  test('push from a row runs as an activity that reaches 100 %', async ({ page, berth }) => {
    const ref = `${berth.registry}/${berth.uniqueName('e2e-push')}:1`;
    await berth.docker(['tag', berth.busybox, ref]);
    try {
      await openImages(page, berth.serve.url);
      await page.getByRole('button', { name: `Push ${ref}` }).click();
      const dialog = page.getByRole('dialog', { name: `Push ${ref}` });
      await expect(dialog.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
        `docker push ${ref}`,
      );
      await dialog.getByRole('button', { name: 'Push', exact: true }).click();
      await expect(dialog).toHaveCount(0);
      await page.getByRole('button', { name: /^Activity/ }).click();
      const item = page.getByRole('dialog', { name: 'Activity' }).getByRole('listitem', { name: ref });
      await expect(item.getByRole('progressbar', { name: `Progress of ${ref}` })).toHaveAttribute(
        'aria-valuenow',
        '100',
      );
      await expect(item).toContainText('Done');
      await expect(item).toContainText('Push');
    } finally {
      await berth.docker(['rmi', ref]).catch(() => undefined);
    }
  });

  test('prune lists the dangling images first, then reports the space reclaimed', async ({ page, berth }) => {
    const name = berth.uniqueName('e2e-dangling');
    const ref = `${name}:1`;
    const committed = await commitRandomImage(berth.docker, berth.busybox, { name, ref, bytes: 300_000 });
    const id = committed.replace('sha256:', '').slice(0, 12);
    // Moving the tag away leaves the committed image dangling (and the engine says so in events).
    await berth.docker(['tag', berth.busybox, ref]);
    try {
      await openImages(page, berth.serve.url);
      await page.getByRole('radio', { name: 'Dangling' }).click();
      const table = page.getByRole('table', { name: 'Images' });
      await expect(table.getByRole('row').filter({ hasText: id })).toBeVisible();

      await page.getByRole('button', { name: 'Prune' }).click();
      const dialog = page.getByRole('dialog', { name: 'Prune images' });
      await expect(dialog.getByRole('radio', { name: 'Dangling images (no tag)' })).toHaveAttribute(
        'aria-checked',
        'true',
      );
      await expect(
        dialog.getByRole('table', { name: 'Prune images' }).getByRole('row', { name: id }),
      ).toBeVisible();
      await expect(dialog).toContainText('docker image prune --force');
      await dialog.getByRole('button', { name: /^Delete \d+ images?$/ }).click();
      await expect(dialog.getByText(/^Deleted \d+ images, reclaimed .+\.$/)).toHaveRole('status');
      await expect(table.getByRole('row').filter({ hasText: id })).toHaveCount(0);
      await expect(berth.docker(['image', 'inspect', id])).rejects.toThrow(/No such image/);
    } finally {
      await berth.docker(['rmi', '-f', id]).catch(() => undefined);
      await berth.docker(['rmi', ref]).catch(() => undefined);
    }
  });
});

test.describe('registries', () => {
  let registry: Registry;
  const user = 'e2e';
  const password = `pw-${Date.now().toString(36)}`;
  test.beforeAll(async () => {
    registry = await startRegistry({ htpasswd: { user, password } });
  });
  test.afterAll(async () => {
    await registry?.stop();
  });

  test('a wrong password says unauthorized; the right one logs in; log out forgets', async ({
    page,
    berth,
  }) => {
    await openImages(page, berth.serve.url);
    await page.getByRole('button', { name: 'Registries' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registries' });

    await dialog.getByRole('button', { name: 'Log in' }).click();
    await expect(dialog.getByRole('alert').first()).toContainText(/required/);

    await dialog.getByRole('textbox', { name: 'Registry' }).fill(registry.address);
    await dialog.getByRole('textbox', { name: 'Username' }).fill(user);
    const secret = dialog.getByLabel('Password or access token');
    await secret.fill('wrong-password');
    await dialog.getByRole('button', { name: 'Log in' }).click();
    await expect(dialog.getByRole('alert')).toContainText(/unauthorized/i);
    await expect(dialog.getByRole('button', { name: `Log out of ${registry.address}` })).toHaveCount(0);

    await secret.fill(password);
    await dialog.getByRole('button', { name: 'Log in' }).click();
    await expect(dialog.getByText(`Logged in to ${registry.address} as ${user}.`)).toHaveRole('status');
    await expect(secret).toHaveValue('');
    await expect(dialog).not.toContainText(password);
    await expect(
      dialog.getByRole('group', { name: `docker command to log out of ${registry.address}` }),
    ).toContainText(`docker logout ${registry.address}`);
    const logout = dialog.getByRole('button', { name: `Log out of ${registry.address}` });
    await logout.click();
    await expect(logout).toHaveCount(0);
  });
});
