// The Files tab against the real engine: navigate to /etc, download passwd, upload a file by the
// picker and by drag and drop and see it listed, browse a stopped container, and read why a
// read-only path refuses.
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

test.describe('container files', () => {
  test('browse, download and upload on a running container', async ({ page, berth, containers }) => {
    const name = containers.name('e2e-files');
    await berth.docker(['run', '-d', '--name', name, berth.busybox, 'sleep', '300']);
    await page.goto(`${berth.serve.url}#/containers/${name}/files`);
    const table = page.getByRole('table', { name: 'Files' });
    await expect(table.getByRole('row', { name: 'etc' })).toBeVisible();

    await table.getByRole('button', { name: 'etc', exact: true }).click();
    await expect(
      page.getByRole('navigation', { name: 'Path' }).getByRole('button', { name: 'etc' }),
    ).toHaveAttribute('aria-current', 'page');
    const passwd = table.getByRole('row', { name: 'passwd' });
    await expect(passwd).toContainText('-rw-r--r--');

    const downloading = page.waitForEvent('download');
    await passwd.getByRole('button', { name: 'Download passwd' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('passwd');
    expect(await readFile((await download.path())!, 'utf8')).toMatch(/^root:/m);
    await expect(page.getByRole('status').filter({ hasText: /Downloaded passwd/ })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Equivalent docker command' }).first()).toContainText(
      `docker cp ${name}:/etc/passwd ./passwd`,
    );

    // Upload into /tmp through the file picker.
    await page.getByRole('button', { name: 'Root' }).click();
    await table.getByRole('button', { name: 'tmp', exact: true }).click();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Upload files' }).click();
    const chooser = await choosing;
    await chooser.setFiles({
      name: 'from-e2e.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('hello from e2e\n'),
    });
    await expect(
      page.getByRole('status').filter({ hasText: 'Uploaded from-e2e.txt to /tmp/from-e2e.txt' }),
    ).toBeVisible();
    await expect(table.getByRole('row', { name: 'from-e2e.txt' })).toContainText('15 B');
    expect(await berth.docker(['exec', name, 'cat', '/tmp/from-e2e.txt'])).toBe('hello from e2e');

    // Drag and drop onto the folder's table copies into the folder in view.
    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['dropped here\n'], 'dropped.txt', { type: 'text/plain' }));
      return transfer;
    });
    await table.dispatchEvent('drop', { dataTransfer: dropped });
    await expect(
      page.getByRole('status').filter({ hasText: 'Uploaded dropped.txt to /tmp/dropped.txt' }),
    ).toBeVisible();
    await expect(table.getByRole('row', { name: 'dropped.txt' })).toBeVisible();
    expect(await berth.docker(['exec', name, 'cat', '/tmp/dropped.txt'])).toBe('dropped here');
  });

  test('a stopped container is browsable, and a read-only one says why an upload fails', async ({
    page,
    berth,
    containers,
  }) => {
    const stopped = containers.name('e2e-files-stopped');
    const readonly = containers.name('e2e-files-ro');
    await berth.docker(['create', '--name', stopped, berth.busybox, 'true']);
    await berth.docker(['run', '-d', '--read-only', '--name', readonly, berth.busybox, 'sleep', '300']);
    await page.goto(`${berth.serve.url}#/containers/${stopped}/files`);
    const table = page.getByRole('table', { name: 'Files' });
    await table.getByRole('button', { name: 'bin', exact: true }).click();
    await expect(table.getByRole('row', { name: 'sh' })).toContainText('→ busybox');

    await page.goto(`${berth.serve.url}#/containers/${readonly}/files`);
    await expect(table.getByRole('row', { name: 'etc' })).toBeVisible();
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Upload files' }).click();
    await (await choosing).setFiles({ name: 'nope.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
    await expect(
      page.getByRole('alert').filter({ hasText: /Could not upload nope.txt: .*read-only/ }),
    ).toBeVisible();
  });
});
