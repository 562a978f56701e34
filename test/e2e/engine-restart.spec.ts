// Foundation: when the engine goes away the page says so in words (no blank page, no
// unhandled error), and when it comes back the page recovers and resyncs without a reload.
import { startDockerd, type Dockerd } from '../harness/dockerd';
import { dockerCli } from '../harness/cli';
import { ensureBusybox } from '../harness/images';
import { startServe, type ServeHandle } from '../support/serve-process';
import { expect, test } from './fixtures';

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
    if (message.type() === 'error') errors.push(message.text());
  });

  await page.goto(serve.url);
  await expect(page.getByRole('status', { name: 'Engine running' })).toBeVisible();

  await engine.halt();
  const alert = page.getByRole('alert').filter({ hasText: 'Engine disconnected' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(engine.host.replace('unix://', ''));
  await expect(page.getByRole('heading', { name: 'Containers', level: 1 })).toBeVisible();

  await engine.resume();
  await expect(page.getByRole('status', { name: 'Engine running' })).toBeVisible({ timeout: 20_000 });
  await expect(alert).toHaveCount(0);

  // After the resync, events flow again: a new container shows up without a reload.
  const name = berth.uniqueName('e2e-after-restart');
  await dockerCli(engine.host, ['create', '--name', name, image, 'true']);
  await expect(page.getByRole('table', { name: 'Containers' }).getByRole('row', { name })).toBeVisible();
  expect(errors).toEqual([]);
});
