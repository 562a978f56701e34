// Browsing a volume from the Volumes page: open a folder, download a file, upload one, make a
// folder, and delete after a confirmation that names the path; checked with the docker CLI.
import { readFile } from 'node:fs/promises';
import { createVolumeWith, readInVolume } from '../support/volume-shell';
import { expect, test } from './fixtures';

test('browse a volume: download, upload, make a folder, delete', async ({ page, berth }) => {
  const volume = berth.uniqueName('e2e-vbrowse');
  await createVolumeWith(
    berth.docker,
    berth.busybox,
    volume,
    'mkdir /d/conf && printf "key=value" > /d/conf/app.ini && printf hi > /d/top.txt',
  );
  const cat = (file: string) =>
    readInVolume(berth.docker, berth.busybox, volume, `cat /v/${file} 2>&1; true`);
  try {
    await page.goto(`${berth.serve.url}#/settings`);
    const field = page.getByLabel('Volume helper image');
    await field.fill(berth.busybox);
    await field.locator('xpath=ancestor::form').getByRole('button', { name: 'Use this image' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.goto(`${berth.serve.url}#/volumes`);
    await page.getByRole('searchbox', { name: 'Search' }).fill(volume);
    await page
      .getByRole('table', { name: 'Volumes' })
      .getByRole('button', { name: `Browse ${volume}` })
      .click();
    const dialog = page.getByRole('dialog', { name: `Files in ${volume}` });
    const files = dialog.getByRole('table', { name: `Files in ${volume}` });
    await expect(files.getByRole('row', { name: 'top.txt' })).toContainText('2 B');

    await files.getByRole('button', { name: 'Open conf' }).click();
    await expect(files.getByRole('row', { name: 'app.ini' })).toBeVisible();
    const downloading = page.waitForEvent('download');
    await files.getByRole('button', { name: 'Download app.ini' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('app.ini');
    expect(await readFile((await download.path())!, 'utf8')).toBe('key=value');

    await dialog.getByLabel('Upload files').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('uploaded from the browser'),
    });
    await expect(files.getByRole('row', { name: 'notes.txt' })).toBeVisible();
    expect(await cat('conf/notes.txt')).toBe('uploaded from the browser');

    await dialog.getByLabel('Folder name').fill('made-here');
    await dialog.getByRole('button', { name: 'Make folder' }).click();
    await expect(files.getByRole('button', { name: 'Open made-here' })).toBeVisible();

    await files.getByRole('button', { name: 'Delete app.ini' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete /conf/app.ini?' });
    await expect(confirm).toContainText(`from the volume ${volume}`);
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(files.getByRole('row', { name: 'app.ini' })).toHaveCount(0);
    expect(await cat('conf/app.ini')).toMatch(/No such file/);
    expect(await berth.docker(['ps', '-aq', '--filter', 'label=io.berth.helper'])).toBe('');
  } finally {
    await berth.docker(['volume', 'rm', '-f', volume]).catch(() => undefined);
  }
});
