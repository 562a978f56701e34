// Managing volumes from the Volumes page against the real engine: create with a label, back up to
// a .tar.gz download and restore it into a new volume (same bytes), clone, a remove refused while
// a container uses the volume (naming it), and a prune that deletes exactly its preview.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { readInVolume, writeInVolume } from '../support/volume-shell';
import { expect, test, type BerthFixture } from './fixtures';

async function useLocalHelper(page: Page, berth: BerthFixture) {
  await page.goto(`${berth.serve.url}#/settings`);
  const field = page.getByLabel('Volume helper image');
  await field.fill(berth.busybox);
  await field.locator('xpath=ancestor::form').getByRole('button', { name: 'Use this image' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
}

async function openVolumes(page: Page, berth: BerthFixture, search: string) {
  await page.goto(berth.serve.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Volumes' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(search);
  return page.getByRole('table', { name: 'Volumes' });
}

const cat = (berth: BerthFixture, volume: string, file: string) =>
  readInVolume(berth.docker, berth.busybox, volume, `cat /v/${file}`);

test.describe('volume management', () => {
  test('create, back up, restore into a new volume, clone', async ({ page, berth }) => {
    const prefix = berth.uniqueName('e2e-vbk');
    const source = `${prefix}-src`;
    const restored = `${prefix}-restored`;
    const copy = `${prefix}-src-copy`;
    try {
      await useLocalHelper(page, berth);
      const table = await openVolumes(page, berth, prefix);
      await page.getByRole('button', { name: 'Create volume' }).click();
      const create = page.getByRole('dialog', { name: 'Create a volume' });
      await create.getByLabel('Name', { exact: true }).fill(source);
      await create.getByRole('button', { name: 'Add: Labels' }).click();
      await create.getByLabel('Labels 1: Key').fill('purpose');
      await create.getByLabel('Labels 1: Value').fill('e2e');
      await expect(create.locator('code')).toHaveText(`docker volume create --label purpose=e2e ${source}`);
      await create.getByRole('button', { name: 'Create', exact: true }).click();
      await expect(create).toHaveCount(0);
      await expect(table.getByRole('row', { name: source })).toContainText('Unused');
      await writeInVolume(berth.docker, berth.busybox, source, 'echo hello-volume > /d/greeting');

      await table.getByRole('button', { name: `Back up ${source}` }).click();
      const backup = page.getByRole('dialog', { name: `Back up ${source}` });
      await expect(backup.locator('code')).toContainText(`docker run --rm -v ${source}:/volume:ro`);
      const downloading = page.waitForEvent('download');
      await backup.getByRole('button', { name: 'Download .tar.gz' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`${source}.tar.gz`);
      const archive = (await download.path())!;
      expect(gunzipSync(await readFile(archive)).toString('latin1')).toContain('hello-volume');
      await expect(backup.getByRole('status').filter({ hasText: `Saved ${source}.tar.gz` })).toBeVisible();
      await backup.getByRole('button', { name: 'Done' }).click();

      await page.getByRole('button', { name: 'Restore from file' }).click();
      const restore = page.getByRole('dialog', { name: 'Restore a volume from a file' });
      await restore.getByLabel('Backup file (.tar.gz or .tar)').setInputFiles(archive);
      await restore.getByLabel('Volume', { exact: true }).fill(restored);
      await restore.getByRole('button', { name: 'Restore' }).click();
      await expect(
        restore.getByRole('status').filter({ hasText: `Restored into ${restored}` }),
      ).toBeVisible();
      await restore.getByRole('button', { name: 'Done' }).click();
      expect(await cat(berth, restored, 'greeting')).toContain('hello-volume');

      // Restoring into a volume with files asks first and names them.
      await table.getByRole('button', { name: `Restore into ${restored}` }).click();
      const again = page.getByRole('dialog', { name: `Restore into ${restored}` });
      await again.getByLabel('Backup file (.tar.gz or .tar)').setInputFiles(archive);
      await again.getByRole('button', { name: 'Restore' }).click();
      const confirm = page.getByRole('dialog', { name: `Overwrite files in ${restored}?` });
      await expect(confirm.getByRole('listitem')).toHaveText(['greeting']);
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await again.getByRole('button', { name: 'Close' }).first().click();

      await table.getByRole('button', { name: `Clone ${source}` }).click();
      const clone = page.getByRole('dialog', { name: `Clone ${source}` });
      await expect(clone.getByLabel('New volume name')).toHaveValue(copy);
      await clone.getByRole('button', { name: 'Clone', exact: true }).click();
      await expect(clone.getByRole('status').filter({ hasText: `Cloned into ${copy}` })).toBeVisible();
      await clone.getByRole('button', { name: 'Done' }).click();
      await expect(table.getByRole('row', { name: copy })).toBeVisible();
      expect(await cat(berth, copy, 'greeting')).toContain('hello-volume');
      // No helper container is left behind.
      expect(await berth.docker(['ps', '-aq', '--filter', 'label=io.berth.helper'])).toBe('');
    } finally {
      await berth.docker(['volume', 'rm', '-f', source, restored, copy]).catch(() => undefined);
    }
  });

  test('remove is refused while in use, naming the container; prune deletes exactly the preview', async ({
    page,
    berth,
  }) => {
    const prefix = berth.uniqueName('e2e-vrm');
    const used = `${prefix}-used`;
    const user = `${prefix}-user`;
    const spare = `${prefix}-spare`;
    const late = `${prefix}-late`;
    try {
      await berth.docker(['volume', 'create', used]);
      await berth.docker(['volume', 'create', spare]);
      await berth.docker(['create', '--name', user, '-v', `${used}:/data`, berth.busybox, 'true']);
      const table = await openVolumes(page, berth, prefix);
      await expect(table.getByRole('row', { name: used })).toContainText('1 container');

      await table.getByRole('button', { name: `Containers using ${used}` }).click();
      const users = page.getByRole('dialog', { name: `Containers using ${used}` });
      await expect(users.getByRole('link', { name: user })).toBeVisible();
      await users.getByRole('button', { name: 'Close' }).click();

      await table.getByRole('button', { name: `Remove ${used}` }).click();
      const remove = page.getByRole('dialog', { name: 'Remove 1 volume' });
      await expect(remove.getByRole('listitem')).toContainText(used);
      await remove.getByRole('button', { name: 'Remove 1 volume' }).click();
      await expect(remove.getByRole('alert')).toContainText(`in use by ${user}`);
      await remove.getByRole('button', { name: 'Done' }).click();

      await page.getByRole('button', { name: 'Remove unused' }).click();
      const prune = page.getByRole('dialog', { name: 'Remove unused volumes' });
      const preview = prune.getByRole('table', { name: 'Remove unused volumes' });
      await expect(preview.getByRole('row', { name: spare })).toBeVisible();
      await expect(preview.getByRole('row', { name: used })).toHaveCount(0);
      await expect(prune.locator('code')).toHaveText('docker volume prune --force');
      // Made after the preview opened: not listed, so not deleted.
      await berth.docker(['volume', 'create', late]);
      await prune.getByRole('button', { name: /^Delete \d+ volumes?$/ }).click();
      await expect(
        prune.getByRole('status').filter({ hasText: /Deleted \d+ volumes?, reclaimed/ }),
      ).toBeVisible();
      await prune.getByRole('button', { name: 'Done' }).click();
      const left = await berth.docker(['volume', 'ls', '-q']);
      expect(left).not.toContain(spare);
      expect(left).toContain(late);
      expect(left).toContain(used);
    } finally {
      await berth.docker(['rm', '-f', user]).catch(() => undefined);
      await berth.docker(['volume', 'rm', '-f', used, spare, late]).catch(() => undefined);
    }
  });
});
