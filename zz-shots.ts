import { chromium } from '@playwright/test';
import { startHarness } from './test/harness/harness';
import { startServe } from './test/support/serve-process';

const h = await startHarness();
const d = (a: string[]) => h.docker(a);
try {
  await d(['run', '-d', '--name', 'shop-web', '--label', 'com.docker.compose.project=shop', '-p', '127.0.0.1:8080:80', h.busyboxImage, 'httpd', '-f', '-p', '80']);
  await d(['run', '-d', '--name', 'shop-api', '--label', 'com.docker.compose.project=shop', '-e', 'DB_PASSWORD=hunter2', '-e', 'MODE=prod', h.busyboxImage, 'sh', '-c', 'i=0; while true; do i=$((i+1)); echo "request $i served in ${i}ms"; echo "warning: slow query $i" >&2; sleep 0.2; done']);
  await d(['run', '-d', '--name', 'shop-db', '--label', 'com.docker.compose.project=shop', h.busyboxImage, 'sleep', '9999']);
  await d(['run', '-d', '--name', 'cpu-burner', h.busyboxImage, 'sh', '-c', 'while :; do :; done']);
  await d(['create', '--name', 'nightly-report', h.busyboxImage, 'true']);
  await d(['tag', h.busyboxImage, 'shop/web:1.4.2']);
  await d(['volume', 'create', 'shop-data']);
  const serve = await startServe(h.dockerHost);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    await page.goto(serve.url);
    await page.waitForTimeout(2500);
    await page.screenshot({ path: `/tmp/shots/containers-${scheme}.png` });
    if (scheme === 'dark') { await page.close(); continue; }
    const apiId = (await d(['inspect', '-f', '{{.Id}}', 'shop-api'])).trim();
    for (const tab of ['overview', 'logs', 'stats', 'exec', 'files']) {
      await page.goto(`${serve.origin}/#/containers/${apiId}/${tab}`);
      await page.waitForTimeout(tab === 'stats' ? 6000 : 2500);
      await page.screenshot({ path: `/tmp/shots/details-${tab}.png` });
    }
    await page.goto(`${serve.origin}/#/images`);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/images.png` });
    await page.goto(`${serve.origin}/#/containers`);
    await page.waitForTimeout(1000);
    await page.getByRole('button', { name: /^Run/ }).first().click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/run-dialog.png` });
    await page.close();
  }
  const ko = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'ko-KR' });
  await ko.goto(serve.url);
  await ko.waitForTimeout(2000);
  await ko.screenshot({ path: `/tmp/shots/containers-ko.png` });
  await browser.close();
  await serve.stop();
} finally {
  await h.stop();
}
