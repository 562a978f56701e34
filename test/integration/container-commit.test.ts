// Commit against a real dockerd: the new image has the container's changes, the message, the author
// and the applied --change, and a container made from it runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@core/engine/engine';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { waitForValue } from '../support/wait';
import { startBackend, type TestBackend } from '../support/backend';
import { runId } from '../support/names';
const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = runId;
const source = `it-commit-src-${suffix}`;
const reference = `berth-it/committed:${suffix}`;

let berth: TestBackend;
let engine: Engine;
const api = () => berth.caller();

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
  berth = await startBackend(env.dockerHost);
  engine = berth.backend.engine;
  await waitForValue(
    async () => ((await docker(['exec', source, 'ls', '/'])).includes('marker') ? true : undefined),
    'the marker',
  );
});

afterAll(async () => {
  berth?.dispose();
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
