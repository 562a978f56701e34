// Commit against a real dockerd: the new image has the container's changes, the message, the author
// and the applied --change, and a container made from it runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityLog } from '../../src/main/core/activity/activity-log';
import { DESKTOP_POLICY } from '../../src/main/core/policy';
import { discoverEngine } from '../../src/main/core/engine/discovery';
import { Engine } from '../../src/main/core/engine/engine';
import { appRouter } from '../../src/main/core/router';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = `${process.pid}-${Date.now().toString(36)}`;
const source = `it-commit-src-${suffix}`;
const reference = `berth-it/committed:${suffix}`;

let engine: Engine;
const api = () =>
  appRouter.createCaller({
    engine,
    settings: undefined as never,
    activity: new ActivityLog(),
    policy: DESKTOP_POLICY,
  });

beforeAll(async () => {
  await docker([
    'run',
    '-d',
    '--name',
    source,
    env.busyboxImage,
    'sh',
    '-c',
    'echo committed > /marker && sleep 600',
  ]);
  engine = new Engine({ discover: () => discoverEngine({ settingsHost: env.dockerHost, env: {} }) });
  engine.start();
  await waitForValue(() => (engine.status().state === 'connected' ? true : undefined), 'engine to connect');
  await waitForValue(
    async () => ((await docker(['exec', source, 'ls', '/'])).includes('marker') ? true : undefined),
    'the marker',
  );
});

afterAll(async () => {
  engine.stop();
  await docker(['rm', '-f', source]).catch(() => undefined);
  await docker(['rmi', '-f', reference]).catch(() => undefined);
});

describe('commit', () => {
  it('makes an image that runs, with message, author and label', async () => {
    const result = await api().containers.commit({
      id: source,
      reference,
      message: 'snapshot from the integration test',
      author: 'Berth Tests <tests@berth.invalid>',
      pause: true,
      changes: ['LABEL berth.test=commit'],
    });
    expect(result.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.reference).toBe(reference);

    const inspected = JSON.parse(await docker(['image', 'inspect', reference]))[0];
    expect(inspected.Id).toBe(result.imageId);
    expect(inspected.Comment).toBe('snapshot from the integration test');
    expect(inspected.Author).toBe('Berth Tests <tests@berth.invalid>');
    expect(inspected.Config.Labels).toMatchObject({ 'berth.test': 'commit' });
    expect(await docker(['run', '--rm', reference, 'cat', '/marker'])).toBe('committed');
    // The model hears of the new image through /events.
    await waitForValue(
      () => engine.images.list().find((image) => image.repoTags.includes(reference)),
      'the image in the model',
    );
  });

  it('commits with only a reference (no message, author or changes), without pausing', async () => {
    const plain = `${reference}-plain`;
    try {
      const result = await api().containers.commit({ id: source, reference: plain, pause: false });
      expect(result.imageId).toMatch(/^sha256:/);
      expect(await docker(['run', '--rm', plain, 'cat', '/marker'])).toBe('committed');
    } finally {
      await docker(['rmi', '-f', plain]).catch(() => undefined);
    }
  });

  it('refuses an invalid reference before calling the engine', async () => {
    await expect(api().containers.commit({ id: source, reference: 'Not Valid' })).rejects.toThrow(
      /image reference/,
    );
  });

  it('passes the engine’s words for a missing container', async () => {
    await expect(
      api().containers.commit({ id: `missing-${suffix}`, reference: `berth-it/x:${suffix}` }),
    ).rejects.toThrow(/No such container/i);
  });
});
