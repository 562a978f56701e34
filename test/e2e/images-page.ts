// Helpers for the Images page's e2e tests: opening the page, and an image that exists only in
// the test registry, so a pull has to fetch it.
import type { Page } from '@playwright/test';
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
  await berth.docker([
    'run',
    '--name',
    name,
    berth.busybox,
    'sh',
    '-c',
    `head -c ${bytes} /dev/urandom > /blob`,
  ]);
  try {
    await berth.docker(['commit', name, ref]);
    await berth.docker(['push', ref]);
    await berth.docker(['rmi', ref]);
  } finally {
    await berth.docker(['rm', '-f', name]).catch(() => undefined);
  }
  return ref;
}
