// Pull from the Images page: a reference refused on the field with the CLI's reason; a real
// pull from the local registry whose progress bar reaches 100 % in the Activity panel, and
// whose image row then appears without a reload.
import { blobProxy } from '../support/stalling-registry';
import { expect, test } from './fixtures';
import { openImages, pushRandomImage } from './images-page';

test.describe('pull', () => {
  test('bad references are refused on the field with the reason', async ({ page, berth }) => {
    await openImages(page, berth.serve.url);
    const field = page.getByRole('textbox', { name: 'Image to pull' });
    const pull = page.getByRole('button', { name: 'Pull', exact: true });

    await pull.click();
    await expect(page.getByRole('alert')).toHaveText(/Enter an image reference/);

    await field.fill('UPPER/case');
    await expect(page.getByRole('alert')).toHaveText(/repository name must be lowercase/);
    await expect(field).toHaveAttribute('aria-invalid', 'true');

    await field.fill('a::b');
    await expect(page.getByRole('alert')).toHaveText('invalid reference format');
    await pull.click();
    await page.getByRole('button', { name: /^Activity/ }).click();
    // Nothing was sent: no pull of it appears among the activities (the server may hold others).
    const panel = page.getByRole('dialog', { name: 'Activity' });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('listitem', { name: /a::b/ })).toHaveCount(0);
  });

  test('pulls from the local registry with progress to 100 % and the row appears', async ({
    page,
    berth,
  }) => {
    // An image with a layer of its own (1 MB), pushed, then removed locally.
    const ref = await pushRandomImage(berth, berth.uniqueName('e2e-pull'), 1_000_000);
    try {
      await openImages(page, berth.serve.url);
      const table = page.getByRole('table', { name: 'Images' });
      await expect(table.getByRole('row', { name: ref })).toHaveCount(0);

      await page.getByRole('textbox', { name: 'Image to pull' }).fill(ref);
      await page.getByRole('button', { name: 'Pull', exact: true }).click();
      // Inline under the field, then in the Activity panel with its layers.
      await expect(page.getByRole('progressbar', { name: `Pulling ${ref}` })).toHaveAttribute(
        'aria-valuenow',
        '100',
      );

      await page.getByRole('button', { name: /^Activity/ }).click();
      const panel = page.getByRole('dialog', { name: 'Activity' });
      const bar = panel.getByRole('progressbar', { name: `Progress of ${ref}` });
      await expect(bar).toHaveAttribute('aria-valuenow', '100');
      const item = panel.getByRole('listitem', { name: ref });
      await expect(item).toContainText('Done');
      await expect(item).toContainText(`docker pull ${ref}`);
      // A pull that succeeded empties the field for the next one.
      await expect(page.getByRole('textbox', { name: 'Image to pull' })).toHaveValue('');
      await expect(item.getByRole('progressbar', { name: /^Layer / }).first()).toBeVisible();
      await panel.getByRole('button', { name: `Dismiss ${ref}` }).click();
      await expect(item).toHaveCount(0);
      await panel.getByRole('button', { name: 'Close' }).click();

      await expect(table.getByRole('row', { name: ref })).toBeVisible();
    } finally {
      await berth.docker(['rmi', '-f', ref]).catch(() => undefined);
    }
  });

  test('a missing image fails in the registry words', async ({ page, berth }) => {
    const ref = `${berth.registry}/${berth.uniqueName('e2e-missing')}:nope`;
    await openImages(page, berth.serve.url);
    await page.getByRole('textbox', { name: 'Image to pull' }).fill(ref);
    await page.getByRole('button', { name: 'Pull', exact: true }).click();
    await page.getByRole('button', { name: /^Activity/ }).click();
    const item = page.getByRole('dialog', { name: 'Activity' }).getByRole('listitem', { name: ref });
    await expect(item).toContainText('Failed');
    await expect(item.getByRole('alert')).toContainText(/manifest unknown|not found/);
    // The reference stays in the field, to be fixed and tried again.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('textbox', { name: 'Image to pull' })).toHaveValue(ref);
  });

  test('Cancel stops a pull that is stuck downloading', async ({ page, berth }) => {
    const ref = await pushRandomImage(berth, berth.uniqueName('e2e-cancel'), 100_000);
    const proxy = await blobProxy(berth.registry, 'stall');
    const viaProxy = ref.replace(berth.registry, proxy.address);
    try {
      await openImages(page, berth.serve.url);
      await page.getByRole('textbox', { name: 'Image to pull' }).fill(viaProxy);
      await page.getByRole('button', { name: 'Pull', exact: true }).click();
      await expect(page.getByRole('button', { name: 'Activity (1 running)' })).toBeVisible();
      await page.getByRole('button', { name: /^Activity/ }).click();
      const item = page.getByRole('dialog', { name: 'Activity' }).getByRole('listitem', { name: viaProxy });
      await expect(item.getByRole('progressbar', { name: /^Layer / }).first()).toBeVisible();
      await item.getByRole('button', { name: `Cancel ${viaProxy}` }).click();
      await expect(item).toContainText('Cancelled');
      await expect(page.getByRole('button', { name: 'Activity', exact: true })).toBeVisible();
    } finally {
      proxy.server.close();
      await berth.docker(['rmi', '-f', viaProxy]).catch(() => undefined);
    }
  });
});
