// Foundation: when the engine goes away the page says so in words (no blank page, no
// unhandled error), and when it comes back the page recovers and resyncs without a reload.
// A followed Logs tab says the engine connection was lost and follows again once it is back.
import { readFile } from 'node:fs/promises';
import { startDockerd, type Dockerd } from '../harness/dockerd';
import { dockerCli } from '../harness/cli';
import { ensureBusybox } from '../harness/images';
import { runRestartingContainer } from '../support/restarting-container';
import { startServe, type ServeHandle } from '../support/serve-process';
import { expect, test } from './fixtures';
import { openApp, waitConnected } from '../support/app-page';

let engine: Dockerd;
let serve: ServeHandle;
let image: string;

test.beforeAll(async () => {
  engine = await startDockerd();
  image = await ensureBusybox(engine.host);
  serve = await startServe(engine.host);
});

test.afterAll(async () => {
  await serve?.stop();
  await engine?.stop();
});

test('shows "Engine disconnected" while the engine is down and recovers after', async ({ page, berth }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Halting and resuming this test's dockerd removes and re-adds its bridge interface on the
    // host; Chromium takes that for a network change and aborts the loads in flight (then loads
    // them again). That is the test machine's network changing, not the page failing.
    if (message.type() === 'error' && !message.text().includes('net::ERR_NETWORK_CHANGED'))
      errors.push(message.text());
  });

  await openApp(page, serve.url);

  await engine.halt();
  const alert = page.getByRole('alert').filter({ hasText: 'Engine disconnected' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(engine.host.replace('unix://', ''));
  await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible();

  await engine.resume();
  await waitConnected(page, 20_000);
  await expect(alert).toHaveCount(0);

  // After the resync, events flow again: a new container shows up without a reload.
  const name = berth.uniqueName('e2e-after-restart');
  await dockerCli(engine.host, ['create', '--name', name, image, 'true']);
  await expect(page.getByRole('table', { name: 'Containers' }).getByRole('row', { name })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a following Logs tab resumes after the engine is killed and restarts, without repeating lines', async ({
  page,
  berth,
}) => {
  const name = berth.uniqueName('e2e-logs-crash');
  await runRestartingContainer(engine.host, image, name);
  try {
    await openApp(page, serve.url, `/containers/${name}/logs`);
    const log = page.getByRole('log', { name: 'Logs' });
    await expect(log).toHaveAttribute('data-line-count', '1');
    await expect(page.getByRole('status').filter({ hasText: 'Following' })).toBeVisible();

    await engine.crash();
    await expect(page.getByRole('status').filter({ hasText: 'Engine connection lost' })).toBeVisible();
    await expect(page.getByText('End of log.')).toHaveCount(0);

    await engine.resume();
    await waitConnected(page, 30_000);
    // The second run's line is added after the first, which is not drawn again.
    await expect(log).toHaveAttribute('data-line-count', '2', { timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Following' })).toBeVisible();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download logs' }).click(),
    ]);
    const shown = (await readFile((await download.path())!, 'utf8')).split('\n').filter(Boolean);
    const engineLog = (await dockerCli(engine.host, ['logs', name])).split('\n').filter(Boolean);
    expect(engineLog).toHaveLength(2);
    expect(shown).toEqual(engineLog);
  } finally {
    await dockerCli(engine.host, ['rm', '-f', name]).catch(() => undefined);
  }
});

test('an exec shell whose engine is killed says the engine connection was lost, not that it exited', async ({
  page,
}) => {
  const name = `e2e-exec-crash-${process.pid}`;
  await dockerCli(engine.host, ['run', '-d', '--name', name, image, 'sleep', '300']);
  try {
    await openApp(page, serve.url, `/containers/${name}/exec`);
    const terminal = page.getByRole('group', { name: 'Terminal' });
    await expect(page.getByRole('status').filter({ hasText: 'Connected as root with sh' })).toBeVisible();

    await engine.crash();
    await expect(page.getByRole('status').filter({ hasText: 'Engine connection lost' })).toBeVisible();
    await expect(terminal.locator('.xterm-rows')).toContainText('[Engine connection lost]');
    await expect(terminal.locator('.xterm-rows')).not.toContainText('Process exited');
    await expect(page.getByRole('tab', { name: /\(engine lost\)$/ })).toBeVisible();

    await engine.resume();
    await waitConnected(page, 30_000);
  } finally {
    await dockerCli(engine.host, ['rm', '-f', name]).catch(() => undefined);
  }
});
