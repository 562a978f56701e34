// Opening Berth in the browser for e2e tests: the served URL (its token in the address), then a
// wait until the header says the engine is running, so what follows talks to a live engine.
import { expect, type Page } from '@playwright/test';

export async function waitConnected(page: Page, timeoutMs?: number): Promise<void> {
  await expect(page.getByRole('status', { name: 'Engine running' })).toBeVisible(
    timeoutMs ? { timeout: timeoutMs } : undefined,
  );
}

/** Loads the app from `url`, waits for the engine, then goes to `route` (e.g. /containers/x/logs). */
export async function openApp(page: Page, url: string, route?: string): Promise<void> {
  await page.goto(url);
  await waitConnected(page);
  if (route) await page.goto(`${new URL(url).origin}/#${route}`);
}
