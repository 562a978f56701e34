// The compose tool's errors reach the user in its own words, and Berth recognises the common
// ones (a port in use, an image that does not exist) to say them in a sentence; the project stays
// usable (engine-API actions still answer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '@shared/api';
import { appRouter } from '@core/router';
import { webPolicy } from '@core/policy';
import { engineHint } from '@shared/errors/engine-hints';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startBackend, type TestBackend } from '../support/backend';
import { containerFixture } from '../support/containers';
import { composeFixture } from '../support/compose-project';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const containers = containerFixture(env.dockerHost);
let berth: TestBackend;
const apps: { cleanup(): Promise<void> }[] = [];

beforeAll(async () => {
  berth = await startBackend(env.dockerHost);
});
afterAll(async () => {
  for (const app of apps) await app.cleanup();
  berth?.dispose();
});

async function upFailure(project: string, content: string): Promise<Activity> {
  const run = await berth.caller().compose.run({
    project,
    source: { kind: 'upload', fileName: 'compose.yaml', content },
    action: 'up',
  });
  return waitForValue(
    () => {
      const activity = berth.backend.activity.store.get(run.activityId);
      return activity && activity.state !== 'running' ? activity : undefined;
    },
    'the compose run to end',
    { timeoutMs: 60_000, intervalMs: 100 },
  );
}

describe('compose tool errors', () => {
  it('a port in use: the tool’s words, recognised as a port in use', async () => {
    const holder = await containers.run('it-port-holder', [
      '-p', '127.0.0.1::8080', env.busyboxImage, 'sh', '-c', 'trap "exit 0" TERM; while true; do sleep 1; done',
    ]); // prettier-ignore
    const port = (await docker(['port', holder, '8080/tcp'])).trim().split(':').pop()!;
    const app = composeFixture(env.dockerHost, env.busyboxImage, 'it-port');
    apps.push(app);
    const activity = await upFailure(
      app.project,
      [
        'services:',
        '  web:',
        `    image: ${env.busyboxImage}`,
        '    command: ["sleep", "300"]',
        `    ports: ["127.0.0.1:${port}:8080"]`,
        '',
      ].join('\n'),
    );
    expect(activity.state).toBe('failed');
    expect(activity.error).toMatch(/already allocated|already in use/);
    expect(engineHint(activity.error!)).toMatchObject({ key: 'portInUse', params: { port } });
    // The half-made project is still there to act on through the engine API.
    const project = await waitForValue(
      async () => (await berth.caller().compose.projects()).find((p) => p.name === app.project),
      'the half-made project',
    );
    expect(project.services.map((s) => s.name)).toEqual(['web']);
    const removed = await berth.caller().compose.act({ project: app.project, action: 'remove' });
    expect(removed.failures).toEqual([]);
  });

  it('an image that does not exist: the tool’s words, recognised as image not found', async () => {
    const app = composeFixture(env.dockerHost, env.busyboxImage, 'it-noimage');
    apps.push(app);
    const activity = await upFailure(
      app.project,
      ['services:', '  web:', `    image: ${env.registry}/berth-missing-${app.project}:1`, ''].join('\n'),
    );
    expect(activity.state).toBe('failed');
    expect(activity.error).toMatch(/not found|manifest unknown/i);
    expect(engineHint(activity.error!)?.key).toBe('imageNotFound');
  });

  it('web mode runs no compose file without --allow-host-mounts, and says so', async () => {
    const web = appRouter.createCaller({ ...berth.backend.context(), policy: webPolicy() });
    const app = composeFixture(env.dockerHost, env.busyboxImage, 'it-web');
    apps.push(app);
    await expect(
      web.compose.run({ project: app.project, source: { kind: 'path', file: app.file }, action: 'up' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('--allow-host-mounts') });
    expect(berth.backend.activity.store.list().some((a) => a.title.startsWith(app.project))).toBe(false);
  });
});
