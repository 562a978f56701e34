// The image page: layers with their instructions, Inspect with search, Save as .tar (a real
// download), and Load from that file after the image was removed.
import { rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

test.describe('image details', () => {
  test('layers, inspect search, save as .tar and load it back', async ({ page, berth }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const repo = berth.uniqueName('e2e-details');
    const tag = `${repo}:v1`;
    await berth.docker(
      ['build', '-t', tag, '-'],
      `FROM ${berth.busybox}\nLABEL org.berth.e2e="details-label"\nENV MODE=test\nCMD ["echo", "details"]\n`,
    );
    const file = path.join(os.tmpdir(), `${repo}.tar`);
    try {
      const id = await berth.docker(['image', 'inspect', '--format', '{{.Id}}', tag]);
      await page.goto(`${berth.serve.url}#/images/${encodeURIComponent(id)}`);
      await expect(page.getByRole('heading', { level: 1, name: tag })).toBeVisible();
      await expect(page.getByRole('list', { name: 'Tags' })).toContainText(tag);

      // Run opens the Run dialog with this image filled in.
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      const runDialog = page.getByRole('dialog', { name: 'Run a container' });
      await expect(runDialog.getByRole('textbox', { name: 'Image', exact: true })).toHaveValue(tag);
      await page.keyboard.press('Escape');
      await expect(runDialog).toHaveCount(0);

      const layers = page.getByRole('table', { name: 'Layers' });
      await expect(layers.getByRole('row', { name: 'CMD ["echo" "details"]' })).toBeVisible();
      await expect(layers.getByRole('row', { name: 'ENV MODE=test' })).toBeVisible();
      await expect(layers.getByRole('row', { name: 'LABEL org.berth.e2e=details-label' })).toBeVisible();
      await expect(layers).not.toContainText('#(nop)');

      await page.getByRole('link', { name: 'Inspect' }).click();
      await page.getByRole('searchbox', { name: 'Search in the JSON' }).fill('details-label');
      await expect(page.getByRole('status').filter({ hasText: /matches/ })).toHaveText(/^[1-9]\d* matches$/);
      await expect(page.locator('mark').first()).toHaveText('details-label');
      await page.getByRole('searchbox', { name: 'Search in the JSON' }).fill('no-such-text-anywhere');
      await expect(page.getByText('No matches')).toBeVisible();

      const downloadEvent = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save as .tar' }).click();
      const download = await downloadEvent;
      expect(download.suggestedFilename()).toBe(`${repo}_v1.tar`);
      await download.saveAs(file);
      expect(statSync(file).size).toBeGreaterThan(100_000);

      await berth.docker(['rmi', tag]);
      await page.goto(`${berth.serve.url}#/images`);
      await expect(page.getByRole('table', { name: 'Images' }).getByRole('row', { name: tag })).toHaveCount(
        0,
      );
      await page.getByRole('button', { name: 'Load', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Load images from a file' });
      await dialog.getByLabel('Image archive (.tar from docker save)').setInputFiles(file);
      await dialog.getByRole('button', { name: 'Load', exact: true }).click();
      await expect(dialog.getByRole('list', { name: 'Loaded' })).toContainText(tag);
      await expect(page.getByRole('table', { name: 'Images' }).getByRole('row', { name: tag })).toBeVisible();
      expect(await berth.docker(['run', '--rm', tag])).toBe('details');

      // Not an archive: the engine's refusal in words, in the dialog.
      await dialog.getByLabel('Image archive (.tar from docker save)').setInputFiles({
        name: 'notes.tar',
        mimeType: 'application/x-tar',
        buffer: Buffer.from('not a tar\n'.repeat(200)),
      });
      await dialog.getByRole('button', { name: 'Load', exact: true }).click();
      await expect(dialog.getByRole('alert')).toContainText('not an image archive');
      expect(errors).toEqual([]);
    } finally {
      rmSync(file, { force: true });
      await berth.docker(['rmi', '-f', tag]).catch(() => undefined);
    }
  });
});
