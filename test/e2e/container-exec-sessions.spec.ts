// The Exec tab's sessions side by side against the real engine: a second session keeps the first
// running (its screen and its shell), switching back shows the first's output, closing a session
// ends its shell in the container, exit codes name the tab, and the session cap says so.
import type { Page } from '@playwright/test';
import { expect, test, type BerthFixture } from './fixtures';
import { openApp } from '../support/app-page';

async function openExec(page: Page, berth: BerthFixture, name: string) {
  await openApp(page, berth.serve.url, `/containers/${name}/exec`);
}

/** Shells (`sh`) running in the container, from the engine's process list. */
async function shells(berth: BerthFixture, name: string): Promise<number> {
  const ps = await berth.docker(['top', name]);
  return ps.split('\n').filter((line) => / sh$/.test(line.trim())).length;
}

async function typeLine(page: Page, text: string) {
  await page.getByRole('group', { name: 'Terminal' }).locator('.xterm').click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test.describe('exec sessions', () => {
  test('runs two sessions side by side, keeps both, and closes one', async ({ page, berth, containers }) => {
    const name = containers.name('e2e-exec-tabs');
    await berth.docker(['run', '-d', '--name', name, berth.busybox, 'sleep', '300']);
    await openExec(page, berth, name);
    const strip = page.getByRole('tablist', { name: 'Sessions' });
    // Only the shown session's terminal is visible, so this is always the active one.
    const rows = page.getByRole('group', { name: 'Terminal' }).locator('.xterm-rows');
    const connected = page.getByRole('status').filter({ hasText: 'Connected as root with sh' });

    await expect(strip.getByRole('tab', { name: 'sh #1' })).toHaveAttribute('aria-selected', 'true');
    await expect(connected).toBeVisible();
    await typeLine(page, 'echo first-$((20+1))');
    await expect(rows).toContainText('first-21');

    await page.getByRole('button', { name: 'New session' }).click();
    await expect(strip.getByRole('tab')).toHaveCount(2);
    await expect(strip.getByRole('tab', { name: 'sh #2' })).toHaveAttribute('aria-selected', 'true');
    await expect(connected).toBeVisible();
    await typeLine(page, 'echo second-$((20+2))');
    await expect(rows).toContainText('second-22');
    await expect(rows).not.toContainText('first-21');
    // Two shells in the container: opening the second did not end the first.
    await expect.poll(() => shells(berth, name)).toBe(2);

    // Back to the first: its screen is still there, and so is its shell.
    await strip.getByRole('tab', { name: 'sh #1' }).click();
    await expect(strip.getByRole('tab', { name: 'sh #1' })).toHaveAttribute('aria-selected', 'true');
    await expect(rows).toContainText('first-21');
    await expect(rows).not.toContainText('second-22');
    await typeLine(page, 'echo still-$((20+3))');
    await expect(rows).toContainText('still-23');
    await expect(page.getByRole('group', { name: 'Equivalent docker command' })).toContainText(
      `docker exec -it ${name} sh`,
    );

    // Closing the second ends its shell; the first stays.
    await page.getByRole('button', { name: 'Close sh #2' }).click();
    await expect(strip.getByRole('tab')).toHaveCount(1);
    await expect.poll(() => shells(berth, name)).toBe(1);
    await expect(rows).toContainText('still-23');

    // An ended session says how in its tab.
    await typeLine(page, 'exit 4');
    await expect(strip.getByRole('tab', { name: 'sh #1 (exited 4)' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Process exited' })).toHaveText(
      'Process exited with code 4',
    );
    await page.getByRole('button', { name: 'Close sh #1 (exited 4)' }).click();
    await expect(page.getByText('No open sessions')).toBeVisible();
  });

  test('caps the number of sessions with a clear message', async ({ page, berth, containers }) => {
    const name = containers.name('e2e-exec-cap');
    await berth.docker(['run', '-d', '--name', name, berth.busybox, 'sleep', '300']);
    await openExec(page, berth, name);
    const strip = page.getByRole('tablist', { name: 'Sessions' });
    const newSession = page.getByRole('button', { name: 'New session' });
    for (let count = 2; count <= 8; count++) {
      await newSession.click();
      await expect(strip.getByRole('tab')).toHaveCount(count);
    }
    await expect(newSession).toBeDisabled();
    await expect(page.getByText('At most 8 sessions: close one to open another.')).toBeVisible();
    await expect.poll(() => shells(berth, name)).toBe(8);

    await page.getByRole('button', { name: 'Close sh #8' }).click();
    await expect(newSession).toBeEnabled();
    await expect(strip.getByRole('tab', { name: 'sh #7' })).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => shells(berth, name)).toBe(7);
  });
});
