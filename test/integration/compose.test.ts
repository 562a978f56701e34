// Compose apps against the harness's engine with the host's compose tool (Debian's docker-compose):
// up from a file, one app with two services, merged logs with both services, engine-API stop and
// start, down with and without volumes, and a YAML error in the tool's own words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '@shared/api';
import type { ComposeLogEvent, ComposeLogLine, ComposeProject } from '@shared/api/compose';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startBackend, type TestBackend } from '../support/backend';
import { composeFixture, type ComposeFixture } from '../support/compose-project';
import { waitForValue } from '../support/wait';

let berth: TestBackend;
let app: ComposeFixture;
const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);

beforeAll(async () => {
  berth = await startBackend(env.dockerHost);
  app = composeFixture(env.dockerHost, env.busyboxImage);
});
afterAll(async () => {
  await app?.cleanup();
  berth?.dispose();
});

/** Waits for the activity to end; returns it. */
async function finished(id: string): Promise<Activity> {
  return waitForValue(
    () => {
      const activity = berth.backend.activity.store.get(id);
      return activity && activity.state !== 'running' ? activity : undefined;
    },
    `compose activity ${id}`,
    { timeoutMs: 60_000, intervalMs: 100 },
  );
}

async function project(where: (p: ComposeProject) => boolean, what: string): Promise<ComposeProject> {
  return waitForValue(
    async () => {
      const found = (await berth.caller().compose.projects()).find((p) => p.name === app.project);
      return found && where(found) ? found : undefined;
    },
    what,
    { timeoutMs: 30_000, intervalMs: 50 },
  );
}

const state = async (ref: string) => (await docker(['inspect', '--format', '{{.State.Status}}', ref])).trim();
const projectIds = async () =>
  (await docker(['ps', '-aq', '--filter', `label=com.docker.compose.project=${app.project}`]))
    .split('\n')
    .filter(Boolean);
const projectVolumes = async () =>
  (await docker(['volume', 'ls', '-q', '--filter', `label=com.docker.compose.project=${app.project}`]))
    .split('\n')
    .filter(Boolean);

describe('compose apps', () => {
  it('finds the host compose tool', async () => {
    const tool = await berth.caller().compose.tool();
    expect(tool.kind).not.toBeNull();
    expect(tool.path).toMatch(/docker(-compose)?$/);
  });

  it('comes up from a file as one app with two services, with merged logs', async () => {
    const up = await berth.caller().compose.run({
      project: app.project,
      source: { kind: 'path', file: app.file },
      action: 'up',
    });
    expect(up.command).toBe(`docker compose -p ${app.project} -f ${app.file} up -d`);
    const activity = await finished(up.activityId);
    expect(activity.error).toBeNull();
    expect(activity.state).toBe('succeeded');

    const found = await project((p) => p.state === 'running' && p.total === 2, 'two running services');
    expect(found.services.map((s) => s.name)).toEqual(['web', 'worker']);
    expect(found.configFiles).toEqual([app.file]);
    expect(found.services[0]!.ports.some((port) => port.hostPort !== null && port.ip === '127.0.0.1')).toBe(
      true,
    );

    // Both services have written something before the logs are read.
    await waitForValue(
      async () =>
        (await docker(['logs', found.services[1]!.containers[0]!.id])).includes('worker tick')
          ? true
          : undefined,
      'the worker to write',
    );
    const events = await berth.caller().compose.logs({ project: app.project, follow: false });
    const lines: ComposeLogLine[] = [];
    for await (const event of events as AsyncIterable<ComposeLogEvent>) {
      if (event.type === 'end') break;
      if (event.type === 'lines') lines.push(...event.lines);
    }
    expect(lines.some((l) => l.service === 'web' && l.text === 'web ready')).toBe(true);
    expect(lines.some((l) => l.service === 'worker' && l.text.startsWith('worker tick'))).toBe(true);
    const stamps = lines.map((l) => l.at ?? '');
    expect(stamps.every((s) => s !== '')).toBe(true);
  });

  it('follows new lines of every service, after the tail', async () => {
    const controller = new AbortController();
    const events = await berth
      .caller(controller.signal)
      .compose.logs({ project: app.project, tail: 1, follow: true });
    const seen: ComposeLogLine[] = [];
    const ticks = (lines: ComposeLogLine[]) =>
      lines.filter((l) => l.service === 'worker' && l.text.startsWith('worker tick')).length;
    try {
      for await (const event of events as AsyncIterable<ComposeLogEvent>) {
        if (event.type === 'lines') seen.push(...event.lines);
        // The tail gives one line per service; more worker ticks can only come from following.
        if (ticks(seen) >= 3 || event.type === 'end') break;
      }
    } finally {
      controller.abort();
    }
    expect(ticks(seen)).toBeGreaterThanOrEqual(3);
    // No line twice: the followed part starts just after the tail.
    const texts = seen.filter((l) => l.service === 'worker').map((l) => l.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('stops and starts the whole app, and one service, through the engine API', async () => {
    const stop = await berth.caller().compose.act({ project: app.project, action: 'stop' });
    expect(stop.command).toBe(`docker compose -p ${app.project} stop`);
    expect(stop.failures).toEqual([]);
    for (const id of await projectIds()) expect(await state(id)).toBe('exited');
    await project((p) => p.state === 'exited', 'the app stopped');

    await berth.caller().compose.act({ project: app.project, action: 'start' });
    for (const id of await projectIds()) expect(await state(id)).toBe('running');

    const one = await berth.caller().compose.act({ project: app.project, service: 'worker', action: 'stop' });
    expect(one.command).toBe(`docker compose -p ${app.project} stop worker`);
    const partial = await project((p) => p.state === 'partial', 'one service stopped');
    expect(partial.services.find((s) => s.name === 'web')!.state).toBe('running');
    expect(partial.services.find((s) => s.name === 'worker')!.state).toBe('exited');
  });

  it('down keeps volumes unless asked, then removes them', async () => {
    expect(await projectVolumes()).toHaveLength(1);
    const down = await berth
      .caller()
      .compose.run({ project: app.project, source: { kind: 'known' }, action: 'down' });
    expect(down.command).toBe(`docker compose -p ${app.project} -f ${app.file} down`);
    expect((await finished(down.activityId)).state).toBe('succeeded');
    expect(await projectIds()).toEqual([]);
    expect(await projectVolumes()).toHaveLength(1);

    const path = { kind: 'path' as const, file: app.file };
    const up = await berth.caller().compose.run({ project: app.project, source: path, action: 'up' });
    expect((await finished(up.activityId)).state).toBe('succeeded');
    const downV = await berth
      .caller()
      .compose.run({ project: app.project, source: path, action: 'down', volumes: true });
    expect(downV.command).toBe(`docker compose -p ${app.project} -f ${app.file} down --volumes`);
    expect((await finished(downV.activityId)).state).toBe('succeeded');
    expect(await projectIds()).toEqual([]);
    expect(await projectVolumes()).toEqual([]);
  });

  it('gives the tool’s own words for a YAML error', async () => {
    const run = await berth.caller().compose.run({
      project: app.project,
      source: {
        kind: 'upload',
        fileName: 'broken.yaml',
        content: 'services:\n  web:\n    image: x\n   bad: [\n',
      },
      action: 'up',
    });
    const activity = await finished(run.activityId);
    expect(activity.state).toBe('failed');
    expect(activity.error).toMatch(/yaml|parsing|mapping/i);
    // The uploaded file by its own name, not the server's temp path.
    expect(activity.error).toContain('"broken.yaml"');
    expect(activity.error).not.toContain('berth-upload');
  });

  it('refuses project names outside compose’s grammar', async () => {
    await expect(berth.caller().compose.act({ project: '../etc', action: 'stop' })).rejects.toThrow(
      /project name/,
    );
    await expect(
      berth
        .caller()
        .compose.run({ project: 'ok', source: { kind: 'path', file: '/tmp/../etc/x' }, action: 'up' }),
    ).rejects.toThrow();
  });
});
