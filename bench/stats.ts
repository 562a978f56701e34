// Live stats cost: CPU seconds per minute of `berth serve` streaming stats for 50 running containers
// (the Containers page open in Chromium, plus one statsMany subscription for all 50), against the
// `docker stats` CLI streaming the same 50 over the same minute.
//   npx tsx bench/stats.ts          (needs a build; BERTH_OUT_DIR picks it, default out/)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import WebSocket from 'ws';
import type { AppRouter } from '@core/router';
import { dockerCli, dockerEnv, findDockerCli } from '../test/harness/cli';
import { startDockerd } from '../test/harness/dockerd';
import { ensureBusybox } from '../test/harness/images';
import { startServe } from '../test/support/serve-process';
import { launchChromium } from './support/browser';

const CONTAINERS = 50;
const WARMUP_MS = 8_000;
const WINDOW_MS = 60_000;
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** utime + stime of one process, in seconds. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const engine = await startDockerd();
const names = Array.from({ length: CONTAINERS }, (_, i) => `bench-stats-${i}`);
try {
  const image = await ensureBusybox(engine.host);
  for (let i = 0; i < names.length; i += 10) {
    await Promise.all(
      names
        .slice(i, i + 10)
        .map((name) => dockerCli(engine.host, ['run', '-d', '--name', name, image, 'sleep', '3600'])),
    );
  }

  const serve = await startServe(engine.host);
  const browser = await launchChromium();
  const ws = createWSClient({
    url: `${serve.origin.replace('http', 'ws')}/trpc?token=${serve.token}`,
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  const client = createTRPCClient<AppRouter>({ links: [wsLink({ client: ws })] });
  let briefs = 0;
  const seen = new Set<string>();
  let cli: ReturnType<typeof spawn> | null = null;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(serve.url);
    await page
      .getByRole('row', { name: names[0] })
      .or(page.getByRole('row', { name: names[49] }))
      .first()
      .waitFor();

    const subscription = client.containers.stats.followMany.subscribe(
      { ids: names },
      {
        onData: (batch) => {
          briefs += batch.length;
          for (const brief of batch) seen.add(brief.id);
        },
      },
    );

    cli = spawn(findDockerCli(), ['stats', ...names], {
      env: dockerEnv(engine.host),
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    await sleep(WARMUP_MS);

    const berthStart = cpuSeconds(serve.pid);
    const cliStart = cpuSeconds(cli.pid!);
    const briefsStart = briefs;
    await sleep(WINDOW_MS);
    const berthUsed = cpuSeconds(serve.pid) - berthStart;
    const cliUsed = cpuSeconds(cli.pid!) - cliStart;
    const perMinute = 60_000 / WINDOW_MS;
    subscription.unsubscribe();

    const rows: [string, string][] = [
      ['containers streaming', `${seen.size} of ${CONTAINERS}`],
      ['statsMany readings received', String(briefs - briefsStart)],
      ['berth serve CPU s/min', (berthUsed * perMinute).toFixed(2)],
      ['docker stats CLI CPU s/min', (cliUsed * perMinute).toFixed(2)],
      ['ratio berth / docker (target <= 1)', cliUsed > 0 ? (berthUsed / cliUsed).toFixed(2) : 'n/a'],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    console.log(`\nLive stats for ${CONTAINERS} running containers, ${WINDOW_MS / 1000} s window`);
    console.log('-'.repeat(width + 14));
    for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value.padStart(12)}`);
  } finally {
    // `docker stats` (20.10) does not exit on SIGTERM while it streams: the bench then hung at its
    // end. It holds nothing worth a clean exit, so it is killed outright.
    if (cli?.pid && cli.exitCode === null) process.kill(cli.pid, 'SIGKILL');
    ws.close();
    await browser.close();
    await serve.stop();
  }
} finally {
  await dockerCli(engine.host, ['rm', '-f', ...names]).catch(() => undefined);
  await engine.stop();
}
