// How fast a container made outside Berth shows up in it: from `docker run -d` (start and return) to its row
// being visible, then showing Running, on the Containers page (pushed through /events, no polling),
// next to `docker run -d` alone. Page times come from a MutationObserver on the same wall clock.
//   npx electron-vite build --outDir out && npx tsx bench/event-to-row.ts   (BERTH_OUT_DIR picks a build)
import { dockerCli } from '../test/harness/cli';
import { startDockerd } from '../test/harness/dockerd';
import { ensureBusybox } from '../test/harness/images';
import { startServe } from '../test/support/serve-process';
import { median, percentile, printTable, timed } from './support/stats';
import { launchChromium } from './support/browser';

const ROUNDS = 20;

const engine = await startDockerd();
const names: string[] = [];
try {
  const image = await ensureBusybox(engine.host);
  const serve = await startServe(engine.host);
  const browser = await launchChromium();
  const runs: number[] = [];
  const toRow: number[] = [];
  const toRunning: number[] = [];
  const afterReturn: number[] = [];
  try {
    const page = await browser.newPage();
    await page.goto(serve.url);
    await page.getByRole('status', { name: 'Engine running' }).waitFor();
    for (let i = 0; i < ROUNDS; i++) {
      const name = `bench-row-${i}-${Date.now().toString(36)}`;
      names.push(name);
      // The page notes (on the same wall clock) when a row with that name first appears.
      // (A string, not a function: tsx would wrap named arrows in a helper the page lacks.)
      const seen = page.evaluate(`new Promise((resolve) => {
        const seen = { row: 0 };
        const selector = '[role="row"][aria-label=${JSON.stringify(name)}]';
        const observer = new MutationObserver(() => {
          const row = document.querySelector(selector);
          if (row && !seen.row) seen.row = Date.now();
          if (row && row.textContent.includes('Running')) {
            observer.disconnect();
            resolve({ row: seen.row, running: Date.now() });
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      })`) as Promise<{ row: number; running: number }>;
      await page.waitForTimeout(50); // let the observer attach before the run starts
      const started = Date.now();
      const run = await timed(() =>
        dockerCli(engine.host, ['run', '-d', '--name', name, image, 'sleep', '600']),
      );
      const returned = Date.now();
      runs.push(run.ms);
      const at = await seen;
      toRow.push(at.row - started);
      toRunning.push(at.running - started);
      afterReturn.push(at.running - returned);
    }
  } finally {
    await browser.close();
    await serve.stop();
  }
  printTable(`Event to row (${ROUNDS} containers)`, [
    ['docker run -d (CLI, median)', median(runs)],
    ['docker run -d (CLI, p95)', percentile(runs, 95)],
    ['run started → row visible in Berth (median)', median(toRow)],
    ['run started → row visible in Berth (p95)', percentile(toRow, 95)],
    ['run started → row shows Running (median)', median(toRunning)],
    ['run started → row shows Running (p95)', percentile(toRunning, 95)],
    ['run returned → row shows Running (median; < 0: before the CLI returned)', median(afterReturn)],
    ['run returned → row shows Running (p95)', percentile(afterReturn, 95)],
  ]);
} finally {
  if (names.length > 0) await dockerCli(engine.host, ['rm', '-f', ...names]).catch(() => undefined);
  await engine.stop();
}
