// Pages load on first use. A load that fails (the browser aborts requests when the machine's
// network changes) is tried again; one that keeps failing says so, and the rest of the app works.
import { expect, test } from './fixtures';

const IMAGES_CHUNK = '**/assets/ImagesPage-*.js';

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
