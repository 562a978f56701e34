// Foundation figures: how fast Berth shows an engine, and how fast it notices the engine going.
//   npx tsx bench/foundation.ts            (needs a build: npm run build)
// Prints a table; compares with the docker CLI in the same run.
import { performance } from 'node:perf_hooks';
import { dockerCli } from '../test/harness/cli';
import { startDockerd } from '../test/harness/dockerd';
import { ensureBusybox } from '../test/harness/images';
import { startServe } from '../test/support/serve-process';
import { median, printTable, timed } from './support/stats';
import { launchChromium } from './support/browser';

const CONTAINERS = 50;
const ROUNDS = 5;

const engine = await startDockerd();
try {
  const image = await ensureBusybox(engine.host);
  const names = Array.from({ length: CONTAINERS }, (_, i) => `bench-start-${i}`);
  for (let i = 0; i < names.length; i += 10) {
    await Promise.all(
      names.slice(i, i + 10).map((name) => dockerCli(engine.host, ['create', '--name', name, image, 'true'])),
    );
  }

  const cli: number[] = [];
  for (let i = 0; i < ROUNDS; i++) cli.push((await timed(() => dockerCli(engine.host, ['ps', '-a']))).ms);

  const browser = await launchChromium();
  const serveStart: number[] = [];
  const firstRows: number[] = [];
  const disconnect: number[] = [];
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const serve = await startServe(engine.host);
      serveStart.push(performance.now() - started);
      const page = await browser.newPage();
      const opened = performance.now();
      await page.goto(serve.url);
      await page
        .getByRole('row', { name: names[CONTAINERS - 1] })
        .or(page.getByText(`All (${CONTAINERS})`))
        .first()
        .waitFor();
      firstRows.push(performance.now() - opened);

      if (round < 2) {
        // Time from SIGTERM of dockerd until the page says the engine is disconnected.
        const halted = performance.now();
        const banner = page
          .getByRole('alert')
          .filter({ hasText: 'Engine disconnected' })
          .waitFor({ timeout: 30_000 });
        await Promise.all([engine.halt(), banner]);
        disconnect.push(performance.now() - halted);
        await engine.resume();
      }
      await page.close();
      await serve.stop();
    }
  } finally {
    await browser.close();
  }

  printTable(`Foundation (${CONTAINERS} containers, ${ROUNDS} rounds, medians)`, [
    ['docker ps -a', median(cli)],
    ['berth serve: process start → serving', median(serveStart)],
    ['page open → rows shown', median(firstRows)],
    ['berth: start → rows shown', median(serveStart) + median(firstRows)],
    ['engine stop → "Engine disconnected" shown (incl. dockerd shutdown)', median(disconnect)],
  ]);
} finally {
  await engine.stop();
}
