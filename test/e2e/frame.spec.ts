// Foundation: the frame (sidebar, header, pages), images from the engine, Korean, and the
// README screenshot.
import path from 'node:path';
import { expect, test } from './fixtures';

const SCREENSHOT = path.resolve(import.meta.dirname, '../../docs/screenshot.png');

test('sidebar links lead to each page; images are listed', async ({ page, berth }) => {
  await page.goto(berth.serve.url);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Containers', 'Images', 'Volumes', 'Networks', 'Compose', 'Engine', 'Settings']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }

  await nav.getByRole('link', { name: 'Images' }).click();
  await expect(page.getByRole('heading', { name: 'Images', level: 1 })).toBeVisible();
  const [repository] = berth.busybox.split(':');
  await expect(
    page.getByRole('table', { name: 'Images' }).getByRole('row', { name: berth.busybox }),
  ).toContainText(repository!);

  await nav.getByRole('link', { name: 'Engine' }).click();
  await expect(page.getByRole('heading', { name: 'Engine', level: 1 })).toBeVisible();
  await expect(page.getByText(berth.dockerHost).first()).toBeVisible();
});

test('switches to Korean in Settings and back', async ({ page, berth }) => {
  await page.goto(berth.serve.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('Language').selectOption('ko');
  await expect(page.getByRole('heading', { name: '설정', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '컨테이너' }).click();
  await expect(page.getByRole('heading', { name: '컨테이너', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('link', { name: '설정' }).click();
  await page.getByLabel('언어').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
});

test('takes the README screenshot', async ({ page, berth }) => {
  // Fixed, readable names for the picture; removed first in case an earlier run left them.
  const names = ['shop-web', 'shop-api', 'nightly-report'];
  await berth.docker(['rm', '-f', ...names]).catch(() => undefined);
  await berth.docker([
    'run',
    '-d',
    '--name',
    names[0]!,
    '-p',
    '127.0.0.1::80',
    berth.busybox,
    'httpd',
    '-f',
    '-p',
    '80',
  ]);
  await berth.docker(['run', '-d', '--name', names[1]!, berth.busybox, 'sleep', '600']);
  await berth.docker(['run', '-d', '--name', names[2]!, berth.busybox, 'sh', '-c', 'exit 2']);
  await berth.docker(['wait', names[2]!]);
  try {
    await page.goto(berth.serve.url);
    const table = page.getByRole('table', { name: 'Containers' });
    for (const name of names) await expect(table.getByRole('row', { name })).toBeVisible();
    await expect(table.getByRole('row', { name: names[2] })).toContainText('Exited (2)');
    await page.screenshot({ path: SCREENSHOT });
  } finally {
    await berth.docker(['rm', '-f', ...names]);
  }
});
