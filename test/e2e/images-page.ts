// Helpers for the Images page's e2e tests: opening the page, and an image that exists only in
// the test registry, so a pull has to fetch it.
import type { Page } from '@playwright/test';
import { pushRandomImage as pushRandom } from '../support/random-image';
import { expect, type BerthFixture } from './fixtures';

export async function openImages(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('link', { name: 'Images' }).click();
  await expect(page.getByRole('heading', { name: 'Images', level: 1 })).toBeVisible();
}

/**
 * Builds an image with a layer of `bytes` random bytes, pushes it to the test registry as
 * `<registry>/<name>:1` and removes it (and the container it came from) locally.
 */
export async function pushRandomImage(berth: BerthFixture, name: string, bytes: number): Promise<string> {
  const ref = `${berth.registry}/${name}:1`;
  await pushRandom(berth.docker, berth.busybox, { name, ref, bytes });
  return ref;
}
