// The first run with no engine anywhere: `berth serve` (no --engine, no DOCKER_HOST, Settings
// choosing the native provider's private dockerd) starts Berth's own engine by itself. The Engine
// page shows the start progress, then the engine runs, and a container started with the docker CLI
// through the `berth` context shows up on the Containers page.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NativeProvider } from '@core/vm/native/native-provider';
import { findDockerCli } from '../harness/cli';
import { importBusybox } from '../harness/images';
import { run } from '../harness/proc';
import { startServe, type ServeHandle } from '../support/serve-process';
import { expect, test } from './fixtures';

let root: string;
let serve: ServeHandle | undefined;
let gate: string;

test.beforeAll(async () => {
  // Short: containerd's sockets below the exec-root must fit in 108 bytes.
  root = mkdtempSync('/tmp/berth-e2e-prov-');
  const settings = path.join(root, 'settings.json');
  writeFileSync(settings, JSON.stringify({ provider: 'native', nativeMode: 'private' }));
  mkdirSync(path.join(root, 'docker-config'));
  gate = path.join(root, 'gate');
  serve = await startServe(null, {
    env: {
      DOCKER_HOST: undefined,
      DOCKER_CONTEXT: undefined,
      BERTH_SETTINGS: settings,
      BERTH_DATA_DIR: path.join(root, 'data'),
      DOCKER_CONFIG: path.join(root, 'docker-config'),
      BERTH_TEST_START_GATE: gate,
    },
    stopTimeoutMs: 45_000,
  });
});

test.afterAll(async () => {
  await serve?.stop();
  // Had the server not stopped its engine, this adopts it and stops it: nothing outlives the test.
  const provider = new NativeProvider({ dataDir: path.join(root, 'data'), mode: () => 'private' });
  if (existsSync(provider.layout.ownerFile)) {
    await provider.start().catch(() => undefined);
    await provider.stop().catch(() => undefined);
  }
  rmSync(root, { recursive: true, force: true });
});

test('the Engine page shows the provider starting, then its containers appear', async ({ page, berth }) => {
  test.setTimeout(180_000);
  await page.goto(serve!.url);
  await page.getByRole('link', { name: 'Engine' }).click();

  // Held at "preparing" by the test's gate: the progress is on the page and in the header.
  const steps = page.getByRole('list', { name: 'Start progress' });
  await expect(steps).toBeVisible();
  await expect(steps.locator('[aria-current="step"]')).toHaveText(/Preparing/);
  await expect(page.getByRole('status', { name: "Berth's engine" })).toContainText('Starting…');
  await expect(page.locator('.engine-badge')).toContainText("Starting Berth's engine (native)");
  writeFileSync(gate, '');

  await expect(page.getByRole('status', { name: "Berth's engine" })).toContainText('Running', {
    timeout: 120_000,
  });
  await expect(page.getByRole('status', { name: 'Engine running' })).toBeVisible({ timeout: 30_000 });
  const useLine = page.getByRole('group', { name: 'Switch the docker CLI to it' });
  await expect(useLine).toContainText('docker context use berth');
  const hostLine = page.getByRole('group', { name: 'Or for one shell' });
  const socket = path.join(root, 'data', 'engine', 'docker.sock');
  await expect(hostLine).toContainText(`DOCKER_HOST=unix://${socket}`);

  // The user's terminal: docker --context berth run … shows up in Berth.
  const image = await importBusybox(`unix://${socket}`);
  const name = berth.uniqueName('e2e-own-engine');
  const result = await run(findDockerCli(), ['--context', 'berth', 'run', '--name', name, image, 'true'], {
    env: { PATH: process.env.PATH, HOME: root, DOCKER_CONFIG: path.join(root, 'docker-config') },
    timeoutMs: 60_000,
  });
  expect(result.stderr).toBe('');
  await page.getByRole('link', { name: 'Containers' }).click();
  await expect(page.getByRole('table', { name: 'Containers' }).getByRole('row', { name })).toBeVisible();
});
