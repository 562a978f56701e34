// 1,000 containers: time from opening the Containers page until all are loaded (the "All (1000)"
// count and the first row show), and how many rows the virtualized table puts in the DOM;
// compared with `docker ps -a` in the same run. Targets: < 500 ms and < 100 DOM rows.
// Opening is measured two ways: inside the running app (click "Containers" in the sidebar, as
// in the desktop window) and as a fresh page load in the browser (navigation start, measured in
// the page, plus Playwright's wall clock, which adds its own page creation and polling).
//   npx electron-vite build --outDir out && npx tsx bench/containers-1000.ts   (BERTH_OUT_DIR picks a build)
import { performance } from 'node:perf_hooks';
import { dockerCli } from '../test/harness/cli';
import { startDockerd } from '../test/harness/dockerd';
import { ensureBusybox } from '../test/harness/images';
import { startServe } from '../test/support/serve-process';
import { median, printTable, timed } from './support/stats';
import { launchChromium } from './support/browser';

const COUNT = 1000;

/** Records window.__loadedAt once the "All (N)" count and the first row are in the page. */
function loadedProbe(count: number, firstName: string): string {
  return `window.__loadedAt = 0;
new MutationObserver(() => {
  if (window.__loadedAt) return;
  const all = [...document.querySelectorAll('[role="radio"]')].some((r) => r.textContent.includes('(${count})'));
  const row = [...document.querySelectorAll('[role="row"]')].some((r) => r.textContent.includes(${JSON.stringify(firstName)}));
  if (all && row) window.__loadedAt = performance.now();
}).observe(document, { childList: true, subtree: true, characterData: true });`;
}
const BATCH = 25;
const ROUNDS = 5;

const engine = await startDockerd();
const names = Array.from({ length: COUNT }, (_, i) => `bench-k-${String(i).padStart(4, '0')}`);
try {
  const image = await ensureBusybox(engine.host);
  const created = await timed(async () => {
    for (let i = 0; i < names.length; i += BATCH) {
      await Promise.all(
        names
          .slice(i, i + BATCH)
          .map((name) => dockerCli(engine.host, ['create', '--name', name, image, 'true'])),
      );
    }
  });

  const cli: number[] = [];
  for (let i = 0; i < ROUNDS; i++) cli.push((await timed(() => dockerCli(engine.host, ['ps', '-a']))).ms);

  const serve = await startServe(engine.host);
  const browser = await launchChromium();
  const loads: number[] = [];
  const inPage: number[] = [];
  const navigations: number[] = [];
  const domRows: number[] = [];
  const scrolls: number[] = [];
  try {
    // Wait until the server's model holds all of them (the first page load after creation).
    const warm = await browser.newPage();
    await warm.goto(serve.url);
    await warm.getByRole('radio', { name: `All (${COUNT})` }).waitFor({ timeout: 60_000 });
    await warm.close();
    for (let round = 0; round < ROUNDS; round++) {
      const page = await browser.newPage();
      // In the page: the moment (ms since navigation start) the list holds all containers and the
      // first row is drawn, seen by a MutationObserver, so Playwright's polling is not counted.
      await page.addInitScript({ content: loadedProbe(COUNT, names[0]!) });
      const opened = performance.now();
      await page.goto(serve.url);
      await page.getByRole('radio', { name: `All (${COUNT})` }).waitFor();
      await page.getByRole('row', { name: names[0], exact: true }).waitFor();
      loads.push(performance.now() - opened);
      inPage.push(Number(await page.evaluate('window.__loadedAt')));
      domRows.push(await page.locator('.vtable-body [role="row"]').count());
      // Scroll to the bottom: the last row is reached without rendering the rest.
      const scrolled = performance.now();
      await page.locator('.vtable-body').evaluate((el) => (el.scrollTop = el.scrollHeight));
      await page.getByRole('row', { name: names[COUNT - 1], exact: true }).waitFor();
      scrolls.push(performance.now() - scrolled);
      // Inside the running app (as in the desktop window): Images, then back to Containers.
      await page.getByRole('link', { name: 'Images' }).click();
      await page.getByRole('heading', { name: 'Images', level: 1 }).waitFor();
      await page.evaluate('window.__loadedAt = 0; window.__clickedAt = performance.now()');
      await page.getByRole('link', { name: 'Containers' }).click();
      await page.getByRole('row', { name: names[0], exact: true }).waitFor();
      navigations.push(Number(await page.evaluate('window.__loadedAt - window.__clickedAt')));
      await page.close();
    }
  } finally {
    await browser.close();
    await serve.stop();
  }
  printTable(`Containers page with ${COUNT} containers (${ROUNDS} rounds, medians)`, [
    [`docker create ×${COUNT} (setup, ${BATCH} in parallel)`, created.ms],
    ['docker ps -a', median(cli)],
    ['in the app: click Containers → all rows loaded', median(navigations)],
    ['fresh page: navigation start → all rows loaded (in page)', median(inPage)],
    ['fresh page: goto → rows seen by Playwright (wall clock)', median(loads)],
    ['DOM rows rendered', String(Math.max(...domRows))],
    ['scroll to the end → last row shown', median(scrolls)],
  ]);
} finally {
  for (let i = 0; i < names.length; i += 200)
    await dockerCli(engine.host, ['rm', '-f', ...names.slice(i, i + 200)]).catch(() => undefined);
  await engine.stop();
}
