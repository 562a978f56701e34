// Pull speed: a ~100 MB image from the local registry, pulled by the docker CLI and through
// Berth's router (tRPC over WebSocket to `berth serve`, until the pull activity succeeds),
// alternating, N rounds; prints medians and the Berth/CLI ratio (target <= 1.1).
//   npx electron-vite build --outDir out && npx tsx bench/pull.ts   (BERTH_OUT_DIR picks a build)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import WebSocket from 'ws';
import type { Activity } from '@shared/api';
import type { AppRouter } from '@core/router';
import { startHarness } from '../test/harness/harness';
import { startServe } from '../test/support/serve-process';
import { median, printTable, timed } from './support/stats';

const ROUNDS = 3;
const SIZE = 100_000_000;
const PULL_TIMEOUT_MS = 300_000;

const harness = await startHarness();
const work = mkdtempSync(path.join(os.tmpdir(), 'berth-bench-pull-'));
const ref = `${harness.registry}/bench-pull:1`;
try {
  writeFileSync(
    path.join(work, 'Dockerfile'),
    `FROM ${harness.busyboxImage}\nRUN head -c ${SIZE} /dev/urandom > /data.bin\n`,
  );
  const built = await timed(() => harness.docker(['build', '-q', '-t', ref, work]));
  const pushed = await timed(() => harness.docker(['push', ref]));

  const serve = await startServe(harness.dockerHost);
  const wsClient = createWSClient({
    url: `ws://${new URL(serve.origin).host}/trpc?token=${serve.token}`,
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
  });
  const client = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
  const activities = new Map<string, Activity>();
  const waiters = new Map<string, (activity: Activity) => void>();
  const subscription = client.activity.changes.subscribe(undefined, {
    onData: (batch) => {
      for (const change of batch) {
        const list =
          change.type === 'snapshot' ? change.items : change.type === 'upsert' ? [change.item] : [];
        for (const activity of list) {
          activities.set(activity.id, activity);
          if (activity.state !== 'running') waiters.get(activity.id)?.(activity);
        }
      }
    },
  });

  const berthPull = async () => {
    const { activityId } = await client.images.transfer.pull.mutate({ reference: ref });
    const ended = await new Promise<Activity>((resolve, reject) => {
      const known = activities.get(activityId);
      if (known && known.state !== 'running') return resolve(known);
      const timer = setTimeout(() => reject(new Error('pull timed out')), PULL_TIMEOUT_MS);
      waiters.set(activityId, (activity) => {
        clearTimeout(timer);
        resolve(activity);
      });
    });
    waiters.delete(activityId);
    if (ended.state !== 'succeeded') throw new Error(`Berth pull ${ended.state}: ${ended.error}`);
    return ended;
  };

  const cli: number[] = [];
  const berth: number[] = [];
  let bytes = 0;
  try {
    for (let round = 0; round < ROUNDS; round++) {
      await harness.docker(['rmi', ref]);
      cli.push((await timed(() => harness.docker(['pull', '-q', ref]))).ms);
      await harness.docker(['rmi', ref]);
      const result = await timed(berthPull);
      berth.push(result.ms);
      bytes = result.value.progress?.total ?? bytes;
    }
  } finally {
    subscription.unsubscribe();
    wsClient.close();
    await serve.stop();
  }
  const ratios = cli.map((ms, i) => berth[i]! / ms);
  printTable(
    `Pull of a ${(SIZE / 1e6).toFixed(0)} MB image from a local registry (${ROUNDS} rounds, medians)`,
    [
      ['docker build (setup)', built.ms],
      ['docker push (setup)', pushed.ms],
      ['docker pull (CLI)', median(cli)],
      ['pull through Berth (router + activity)', median(berth)],
      ['bytes reported by Berth progress', String(bytes)],
      ['Berth / CLI, median of per-round ratios', `${median(ratios).toFixed(2)}x`],
      ['target', '<= 1.10x'],
    ],
  );
  console.log(
    `rounds (ms) CLI: ${cli.map((v) => v.toFixed(0)).join(', ')}; Berth: ${berth.map((v) => v.toFixed(0)).join(', ')}`,
  );
} finally {
  await harness.docker(['rmi', '-f', ref]).catch(() => undefined);
  rmSync(work, { recursive: true, force: true });
  await harness.stop();
}
