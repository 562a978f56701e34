// Build from the UI: a context folder written by the test, live output, the new image in the
// list, and the image runs (checked with the CLI). A failing RUN shows the step in words.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

let dir: string;
// Web mode builds only from the folders `berth serve --build-root` allows.
test.beforeAll(({ berth }) => {
  dir = mkdtempSync(path.join(berth.buildRoot, 'berth-e2e-build-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeContext(name: string, files: Record<string, string>): string {
  const root = path.join(dir, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

test.describe('build an image', () => {
  test('builds from a folder, streams the output, and the image appears and runs', async ({
    page,
    berth,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const repo = berth.uniqueName('e2e-build');
    const tag = `${repo}:1`;
    const root = writeContext('ok', {
      Dockerfile: `FROM ${berth.busybox}\nARG WHO=nobody\nENV WHO=$WHO\nCOPY hello.txt /hello.txt\nCMD ["sh", "-c", "cat /hello.txt; echo $WHO; ls /secret.txt 2>&1 || true"]\n`,
      'hello.txt': 'hello from the context\n',
      'secret.txt': 'never sent',
      '.dockerignore': 'secret.txt\n',
    });
    try {
      await page.goto(`${berth.serve.url}#/images`);
      await page.getByRole('button', { name: 'Build', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Build an image' });
      await expect(dialog).toBeVisible();

      // Field validation on the server: a folder that does not exist is named as such.
      await dialog.getByLabel('Context folder', { exact: true }).fill(path.join(dir, 'missing'));
      await dialog.getByLabel('Tag 1', { exact: true }).click();
      await expect(dialog.getByText(`No such folder: ${path.join(dir, 'missing')}`)).toBeVisible();

      await dialog.getByLabel('Context folder', { exact: true }).fill(root);
      await dialog.getByLabel('Tag 1', { exact: true }).fill(tag);
      await dialog.getByRole('button', { name: 'Add build argument' }).click();
      await dialog.getByRole('button', { name: 'Add build argument' }).click();
      await dialog.getByRole('button', { name: 'Remove build argument 2' }).click();
      await expect(dialog.getByLabel('Argument 2 name', { exact: true })).toHaveCount(0);
      await dialog.getByLabel('Argument 1 name', { exact: true }).fill('WHO');
      await dialog.getByLabel('Argument 1 value', { exact: true }).fill('berth user');
      await expect(dialog.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
        `docker build -t ${tag} --build-arg 'WHO=berth user' ${root}`,
      );

      await dialog.getByRole('button', { name: 'Build', exact: true }).click();
      const log = dialog.getByRole('log', { name: 'Build output' });
      await expect(log).toContainText('Step 1/5');
      await expect(log).toContainText(`Successfully tagged ${tag}`, { timeout: 60_000 });
      await expect(dialog.getByRole('status').filter({ hasText: /Built [0-9a-f]{12}/ })).toContainText(tag);

      await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
      await expect(page.getByRole('table', { name: 'Images' }).getByRole('row', { name: tag })).toBeVisible();

      const out = await berth.docker(['run', '--rm', tag]);
      expect(out.split('\n').slice(0, 2)).toEqual(['hello from the context', 'berth user']);
      expect(out).toContain('No such file or directory'); // .dockerignore kept secret.txt out
      expect(errors).toEqual([]);
    } finally {
      await berth.docker(['rmi', '-f', tag]).catch(() => undefined);
    }
  });

  test('a failing RUN is shown as an error with its step', async ({ page, berth }) => {
    const tag = `${berth.uniqueName('e2e-buildfail')}:1`;
    const root = writeContext('fail', {
      Dockerfile: `FROM ${berth.busybox}\nRUN echo about to fail && exit 7\n`,
    });
    await page.goto(`${berth.serve.url}#/images`);
    await page.getByRole('button', { name: 'Build', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Build an image' });
    await dialog.getByLabel('Context folder', { exact: true }).fill(root);
    await dialog.getByLabel('Tag 1', { exact: true }).fill(tag);
    await dialog.getByRole('button', { name: 'Build', exact: true }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('The build failed at Step 2/2 : RUN echo about to fail && exit 7');
    await expect(alert).toContainText('returned a non-zero code: 7');
    await expect(dialog.getByRole('log', { name: 'Build output' })).toContainText('about to fail');
    await expect(berth.docker(['image', 'inspect', tag])).rejects.toThrow();
  });

  test('Cancel stops a running build', async ({ page, berth }) => {
    const tag = `${berth.uniqueName('e2e-buildcancel')}:1`;
    const root = writeContext('slow', {
      Dockerfile: `FROM ${berth.busybox}\nRUN echo slow step && sleep 120\n`,
    });
    await page.goto(`${berth.serve.url}#/images`);
    await page.getByRole('button', { name: 'Build', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Build an image' });
    await dialog.getByLabel('Context folder', { exact: true }).fill(root);
    await dialog.getByLabel('Tag 1', { exact: true }).fill(tag);
    await dialog.getByRole('checkbox', { name: 'Do not use the cache (--no-cache)' }).check();
    await dialog.getByRole('button', { name: 'Build', exact: true }).click();
    await expect(dialog.getByRole('log', { name: 'Build output' })).toContainText('slow step');
    await dialog.getByRole('button', { name: 'Cancel build' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: 'cancelled' })).toHaveText(
      'The build was cancelled.',
    );
    await expect(dialog.getByRole('button', { name: 'Build again' })).toBeEnabled();
    await expect(berth.docker(['image', 'inspect', tag])).rejects.toThrow();
  });

  test('uploads a folder from this computer: .dockerignore applied before sending, then built', async ({
    page,
    berth,
  }) => {
    const tag = `${berth.uniqueName('e2e-buildupload')}:1`;
    // Outside the --build-root folders: only an upload can reach it.
    const outside = mkdtempSync(path.join(os.tmpdir(), 'berth-e2e-upload-'));
    const root = path.join(outside, 'myapp');
    for (const [file, content] of Object.entries({
      Dockerfile: `FROM ${berth.busybox}\nCOPY . /app/\nCMD ["ls", "/app"]\n`,
      '앱/안녕.txt': '안녕하세요\n',
      'node_modules/big/index.js': 'never sent',
      '.dockerignore': 'node_modules\n',
    })) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), content);
    }
    try {
      await page.goto(`${berth.serve.url}#/images`);
      await page.getByRole('button', { name: 'Build', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Build an image' });
      await expect(
        dialog.getByRole('button', { name: 'Upload a context folder from this computer' }),
      ).toBeVisible();
      await dialog.getByTestId('build-folder-input').setInputFiles(root);
      await expect(dialog.getByText('myapp: 3 files, ')).toBeVisible();
      await expect(dialog.getByText('1 file left out by .dockerignore')).toBeVisible();
      await dialog.getByLabel('Tag 1', { exact: true }).fill(tag);
      await expect(dialog.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
        `docker build -t ${tag} myapp`,
      );
      await dialog.getByRole('button', { name: 'Build', exact: true }).click();
      await expect(dialog.getByRole('log', { name: 'Build output' })).toContainText(
        `Successfully tagged ${tag}`,
        {
          timeout: 60_000,
        },
      );
      expect(await berth.docker(['run', '--rm', tag, 'cat', '/app/앱/안녕.txt'])).toBe('안녕하세요');
      await expect(berth.docker(['run', '--rm', tag, 'ls', '/app/node_modules'])).rejects.toThrow();

      // Back to a server folder: the summary goes and the path field returns.
      await dialog.getByRole('button', { name: 'Use a folder on the server instead' }).click();
      await expect(dialog.getByLabel('Context folder', { exact: true })).toHaveValue('');
    } finally {
      await berth.docker(['rmi', '-f', tag]).catch(() => undefined);
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
