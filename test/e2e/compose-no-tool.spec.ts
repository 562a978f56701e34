// Without any compose tool on the server's PATH, the Apps page and the Engine page say how to
// install one, and the engine-API actions still work: an app made of labelled containers is
// stopped and removed from the list.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServe, type ServeHandle } from '../support/serve-process';
import { expect, test } from './fixtures';

let serve: ServeHandle;
let emptyPath: string;

test.beforeAll(async ({ berth }) => {
  emptyPath = mkdtempSync(path.join(os.tmpdir(), 'berth-e2e-nopath-'));
  serve = await startServe(berth.dockerHost, { env: { PATH: emptyPath } });
});

test.afterAll(async () => {
  await serve?.stop();
  if (emptyPath) rmSync(emptyPath, { recursive: true, force: true });
});

const LOOP = ['sh', '-c', 'trap "exit 0" TERM; while true; do sleep 1; done'];

test('without a compose tool, the pages say how to install one and engine actions still work', async ({
  page,
  berth,
  containers,
}) => {
  const project = berth
    .uniqueName('e2e-notool')
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '-');
  for (const service of ['api', 'db']) {
    await berth.docker([
      'run', '-d', '--name', containers.name(`${project}-${service}`),
      '--label', `com.docker.compose.project=${project}`,
      '--label', `com.docker.compose.service=${service}`,
      berth.busybox, ...LOOP,
    ]); // prettier-ignore
  }
  await page.goto(`${serve.url}#/compose`);
  await expect(page.getByRole('note')).toContainText('No compose tool found');
  await expect(page.getByRole('note')).toContainText('apt install docker-compose');

  const row = page.getByRole('table', { name: 'Compose apps' }).getByRole('row', { name: project });
  await expect(row).toContainText('Running');
  await row.getByRole('button', { name: `Stop ${project}` }).click();
  await expect(row).toContainText('Stopped', { timeout: 30_000 });
  await expect(page.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
    `docker compose -p ${project} stop`,
  );

  await row.getByRole('button', { name: `Remove ${project}` }).click();
  const dialog = page.getByRole('dialog', { name: `Remove ${project}?` });
  await expect(dialog.getByRole('list', { name: 'Containers to remove' }).getByRole('listitem')).toHaveCount(
    2,
  );
  await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(row).toBeHidden({ timeout: 30_000 });
  const left = await berth.docker(['ps', '-aq', '--filter', `label=com.docker.compose.project=${project}`]);
  expect(left.trim()).toBe('');

  await page.getByRole('navigation').getByRole('link', { name: 'Engine' }).click();
  await expect(page.getByRole('region', { name: 'Compose tool' })).toContainText('No compose tool found');
});
