// Builds through Berth's build service against the real dockerd: build args, tags, a multi-stage
// target, .dockerignore honoured, the image runs and prints what it should; failures report the
// failing step; history shows the instructions.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildEvent } from '@shared/api/images-build';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { waitForValue } from '../support/wait';
import { drain, startTestBackend, type TestBackend } from './image-build-support';
import { runId } from '../support/names';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = runId;
const created: string[] = [];
let t: TestBackend;
let dir: string;

function context(name: string, files: Record<string, string>): string {
  const root = path.join(dir, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

async function build(
  input: Parameters<TestBackend['caller']['images']['build']['run']>[0],
): Promise<BuildEvent[]> {
  created.push(...(input.tags ?? []));
  return drain<BuildEvent>(await t.caller.images.build.run(input));
}

const DOCKERFILE = `FROM ${'BUSYBOX'} AS base
ARG GREETING=hello
ENV GREETING=\${GREETING}
LABEL org.example.berth="yes"
COPY app/ /app/
CMD ["sh", "-c", "echo $GREETING; ls /app"]

FROM base AS extra
RUN echo extra > /app/extra.txt
`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'berth-it-build-ctx-'));
  t = await startTestBackend(env.dockerHost);
});

afterAll(async () => {
  if (created.length) await docker(['rmi', '-f', ...created]).catch(() => undefined);
  t?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('image build', () => {
  it('builds with args, tags and target, honours .dockerignore, and the image runs', async () => {
    const root = context('ok', {
      Dockerfile: DOCKERFILE.replace('BUSYBOX', env.busyboxImage),
      '.dockerignore': 'app/secret.txt\n**/*.log\n',
      'app/keep.txt': 'keep',
      'app/secret.txt': 'do not send',
      'app/debug.log': 'noise',
    });
    const tagA = `berth-it/build-${suffix}:1`;
    const tagB = `berth-it/build-${suffix}:latest`;
    const events = await build({
      context: root,
      tags: [tagA, tagB],
      buildArgs: [{ key: 'GREETING', value: 'hej från berth' }],
      target: 'base',
    });
    expect(events[0]).toMatchObject({ type: 'started', command: expect.stringContaining('docker build') });
    expect(events.filter((e) => e.type === 'error')).toEqual([]);
    const done = events.at(-1);
    expect(done).toMatchObject({ type: 'done', tags: [tagA, tagB] });
    const output = events.map((e) => (e.type === 'output' ? e.text : '')).join('');
    expect(output).toContain('Step 1/6');
    expect(output).not.toContain('extra'); // the target stopped before the second stage

    const id = await docker(['image', 'inspect', '--format', '{{.Id}}', tagB]);
    expect(done).toMatchObject({ imageId: id });
    const out = await docker(['run', '--rm', tagA]);
    expect(out.split('\n')).toEqual(['hej från berth', 'keep.txt']);
    expect(
      await docker(['image', 'inspect', '--format', '{{index .Config.Labels "org.example.berth"}}', tagA]),
    ).toBe('yes');

    const history = await t.caller.images.history({ id: tagA });
    const instructions = history.map((entry) => entry.instruction);
    expect(
      instructions.some((line) => line.startsWith('CMD ["sh" "-c"') || line.startsWith('CMD ["sh","-c"')),
    ).toBe(true);
    expect(instructions.some((line) => line.startsWith('COPY dir:') || line.startsWith('COPY '))).toBe(true);
    expect(instructions.some((line) => line.startsWith('LABEL org.example.berth=yes'))).toBe(true);
    expect(instructions.every((line) => !line.includes('#(nop)'))).toBe(true);

    const inspect = await t.caller.images.inspect({ id: tagA });
    expect(inspect.Id).toBe(id);
  });

  it('builds the last stage by default and runs RUN steps', async () => {
    const root = context('multi', {
      'build/Containerfile': DOCKERFILE.replace('BUSYBOX', env.busyboxImage),
      'app/keep.txt': 'keep',
    });
    const tag = `berth-it/multi-${suffix}:1`;
    const events = await build({
      context: root,
      dockerfile: 'build/Containerfile',
      tags: [tag],
      noCache: true,
    });
    expect(events.at(-1)).toMatchObject({ type: 'done' });
    expect(await docker(['run', '--rm', tag, 'cat', '/app/extra.txt'])).toBe('extra');
  });

  it('reports a failing RUN as an error naming the step, not as success', async () => {
    const root = context('fail', {
      Dockerfile: `FROM ${env.busyboxImage}\nRUN echo before\nRUN sh -c 'exit 3'\nRUN echo never\n`,
    });
    const events = await build({ context: root, tags: [`berth-it/fail-${suffix}:1`] });
    const last = events.at(-1);
    expect(last).toMatchObject({ type: 'error', step: "Step 3/4 : RUN sh -c 'exit 3'" });
    expect(last?.type === 'error' && last.message).toMatch(/returned a non-zero code: 3/);
    expect(events.some((e) => e.type === 'done')).toBe(false);
    const activity = t.backend.activity.store.list().find((a) => a.title === `berth-it/fail-${suffix}:1`);
    expect(activity).toMatchObject({ kind: 'build', state: 'failed' });
  });

  it('reports an unknown instruction in words', async () => {
    const root = context('unknown', { Dockerfile: `FROM ${env.busyboxImage}\nFROBNICATE now\n` });
    const events = await build({ context: root, tags: [] });
    const last = events.at(-1);
    expect(last?.type).toBe('error');
    expect(last?.type === 'error' && last.message).toMatch(/unknown instruction: FROBNICATE/i);
  });

  it('cancels from the activity panel: the build stops and the activity says cancelled', async () => {
    const root = context('slow', { Dockerfile: `FROM ${env.busyboxImage}\nRUN echo started && sleep 60\n` });
    const tag = `berth-it/slow-${suffix}:1`;
    created.push(tag);
    const iterable = await t.caller.images.build.run({ context: root, tags: [tag], noCache: true });
    const seen: BuildEvent[] = [];
    let activityId: string | null = null;
    for await (const batch of iterable) {
      seen.push(...batch);
      for (const event of batch) if (event.type === 'started') activityId = event.activityId;
      if (seen.some((e) => e.type === 'output' && e.text.includes('started')) && activityId) {
        t.backend.activity.cancel(activityId);
        activityId = '';
      }
    }
    expect(seen.at(-1)).toEqual({ type: 'error', message: 'The build was cancelled.', step: null });
    // The engine stopped the step too: its container goes away instead of sleeping on.
    await waitForValue(
      async () =>
        (await docker(['ps', '-a', '--no-trunc', '--format', '{{.Command}}'])).includes(
          'echo started && sleep 60',
        )
          ? undefined
          : true,
      'the cancelled step container to be removed',
      { timeoutMs: 20_000, intervalMs: 250 },
    );
    expect(t.backend.activity.store.list().find((a) => a.title === tag)?.state).toBe('cancelled');
    await expect(docker(['image', 'inspect', tag])).rejects.toThrow();
  });

  it('refuses a missing folder or Dockerfile before building, in words', async () => {
    await expect(build({ context: path.join(dir, 'nowhere') })).rejects.toThrow(/No such folder/);
    const root = context('nodockerfile', { 'README.md': 'x' });
    await expect(build({ context: root })).rejects.toThrow(/No Dockerfile in/);
    expect(
      await t.caller.images.build.contextCheck({ context: root, dockerfile: 'README.md' }),
    ).toMatchObject({
      context: null,
      dockerfile: null,
    });
    expect(await t.caller.images.build.contextCheck({ context: root, dockerfile: 'Dockerfile' })).toEqual({
      context: null,
      dockerfile: `No Dockerfile in ${root}`,
      codes: { context: null, dockerfile: 'dockerfileMissing' },
    });
  });
});
