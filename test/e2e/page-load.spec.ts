// Pages load on first use. A load that fails (the browser aborts requests when the machine's
// network changes) is tried again; one that keeps failing says so, and the rest of the app works.
// The app's own code loads the same way: the page's entry is only a loader (src/renderer/boot.ts).
import { expect, test } from './fixtures';

const IMAGES_CHUNK = '**/assets/ImagesPage-*.js';
const ENTRY = /\/assets\/index-[\w-]+\.js$/;

test('a page whose code fails to arrive once still opens', async ({ page, berth }) => {
  let aborted = 0;
  await page.route(IMAGES_CHUNK, async (route) => {
    if (aborted++ === 0) return route.abort('internetdisconnected');
    return route.continue();
  });
  await page.goto(berth.serve.url);
  await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Images' }).click();
  await expect(page.getByRole('heading', { name: 'Images', level: 1 })).toBeVisible();
  expect(aborted).toBeGreaterThanOrEqual(2);
});

test('a page that cannot load says so, and the rest of the app keeps working', async ({ page, berth }) => {
  await page.route(IMAGES_CHUNK, (route) => route.abort('internetdisconnected'));
  await page.goto(berth.serve.url);
  await page.getByRole('link', { name: 'Images' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'This page could not be loaded.' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await page.getByRole('link', { name: 'Containers' }).click();
  await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible();
});

test('the app starts when each piece of its code fails to arrive once', async ({ page, berth }) => {
  const failed = new Set<string>();
  await page.route('**/assets/*.js', (route) => {
    const url = route.request().url();
    if (ENTRY.test(url) || failed.has(url)) return route.continue();
    failed.add(url);
    return route.abort('internetdisconnected');
  });
  await page.goto(berth.serve.url);
  await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible();
  expect(failed.size).toBeGreaterThan(0);
});

test('an app whose code cannot arrive says so, and Reload starts it once it can', async ({ page, berth }) => {
  const block = (route: import('@playwright/test').Route) =>
    ENTRY.test(route.request().url()) ? route.continue() : route.abort('internetdisconnected');
  await page.route('**/assets/*.js', block);
  await page.goto(berth.serve.url);
  const alert = page.getByRole('alert').filter({ hasText: 'Berth could not load.' });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  await expect(alert).toContainText('Berth를 불러오지 못했습니다.');
  await page.unroute('**/assets/*.js', block);
  await alert.getByRole('button', { name: /Reload/ }).click();
  await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible();
});
