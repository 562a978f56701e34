// Cancelling a compose run from the Activity panel stops the tool: `up --build` of a build that
// takes a while is cancelled once its output shows the slow step, and ends as cancelled before
// the build finishes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { harnessEnv } from '../harness/inject';
import { startBackend, type TestBackend } from '../support/backend';
import { composeFixture } from '../support/compose-project';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
let berth: TestBackend;
const app = composeFixture(env.dockerHost, env.busyboxImage, 'it-cancel');
const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-compose-cancel-'));

beforeAll(async () => {
  berth = await startBackend(env.dockerHost);
});
afterAll(async () => {
  await app.cleanup();
  berth?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

it('cancels a running compose tool', async () => {
  writeFileSync(
    path.join(dir, 'Dockerfile'),
    `FROM ${env.busyboxImage}\nRUN echo slow-step-begins && sleep 20\n`,
  );
  const file = path.join(dir, 'compose.yaml');
  writeFileSync(
    file,
    ['services:', '  slow:', '    build: .', `    image: berth-it-slow-${app.project}`, ''].join('\n'),
  );
  const run = await berth.caller().compose.run({
    project: app.project,
    source: { kind: 'path', file },
    action: 'up',
    build: true,
  });
  expect(run.command).toBe(`docker compose -p ${app.project} -f ${file} up -d --build`);
  const store = berth.backend.activity.store;
  await waitForValue(
    () =>
      store.get(run.activityId)?.logTail.some((line) => line.includes('slow-step-begins')) ? true : undefined,
    'the slow build step to start',
    { timeoutMs: 60_000, intervalMs: 100 },
  );
  expect(await berth.caller().activity.cancel({ id: run.activityId })).toBe(true);
  const ended = await waitForValue(
    () => {
      const activity = store.get(run.activityId);
      return activity && activity.state !== 'running' ? activity : undefined;
    },
    'the cancelled run to end',
    { timeoutMs: 30_000, intervalMs: 100 },
  );
  expect(ended.state).toBe('cancelled');
  // It ended because it was stopped, not because the build ran to its end (v1 builds through a
  // `docker build` child, which the cancel stops too).
  expect(ended.logTail.join('\n')).not.toContain('Successfully built');
});
