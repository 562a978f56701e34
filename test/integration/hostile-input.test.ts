// Hostile ids and names against the real engine: an id with ".." is refused in words and the
// engine's redirect is never followed; NUL and other control characters in upload names are
// refused and nothing is deleted (a bind-mounted host folder included); image prune removes only
// what the preview listed.
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Dockerode from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContainerUploads, UploadError } from '@core/containers/file-upload';
import { disableModemRedirects } from '@core/engine/client';
import { TempDirs } from '@core/temp-dirs';
import { engineMessage } from '@core/engine/errors';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { containerFixture } from '../support/containers';
import { runId } from '../support/names';
import { waitForValue } from '../support/wait';
import { startTestBackend, type TestBackend } from './image-build-support';
import { snapshot } from '../support/file-snapshot';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const containers = containerFixture(env.dockerHost);
const suffix = runId;
let holder: string;
const created: string[] = [];
let t: TestBackend;
let hostDir: string;
let elsewhere: Server;
let elsewherePort = 0;
const hitsElsewhere: string[] = [];

async function stillAnswers(): Promise<void> {
  expect(t.backend.engine.status().state).toBe('connected');
  expect(Array.isArray(await t.caller.containers.list({ all: true }))).toBe(true);
  expect((await t.caller.engine.info()).containers.total).toBeGreaterThanOrEqual(1);
}

beforeAll(async () => {
  t = await startTestBackend(env.dockerHost);
  hostDir = mkdtempSync(path.join(os.tmpdir(), 'berth-it-hostile-'));
  mkdirSync(path.join(hostDir, 'inner'));
  writeFileSync(path.join(hostDir, 'canary.txt'), 'canary\n');
  writeFileSync(path.join(hostDir, 'inner', 'keep.txt'), 'keep\n');
  holder = await containers.run('it-hostile', [
    '-v',
    `${hostDir}/inner:/mnt/host`,
    env.busyboxImage,
    'sleep',
    '600',
  ]);
  elsewhere = createServer((req, res) => {
    hitsElsewhere.push(req.url ?? '');
    res.writeHead(200).end('{}');
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewherePort = (elsewhere.address() as AddressInfo).port;
});

afterAll(async () => {
  for (const ref of created) await docker(['rmi', '-f', ref]).catch(() => undefined);
  await new Promise<void>((resolve) => elsewhere?.close(() => resolve()));
  t?.dispose();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

describe('ids with ".." never reach the engine, and a redirect is never followed', () => {
  it('refuses images.inspect and images.history with a path in the id, in words, and keeps answering', async () => {
    for (const id of [
      'a/../../../127.0.0.1:1',
      `a/../../../127.0.0.1:${elsewherePort}`,
      '../json',
      'a?b',
      'a\u0000',
    ]) {
      await expect(t.caller.images.inspect({ id })).rejects.toThrow(/Not an image ID or reference|invalid/);
      await expect(t.caller.images.history({ id })).rejects.toThrow(/Not an image ID or reference|invalid/);
    }
    await expect(t.caller.containers.inspect({ id: '../../x' })).rejects.toThrow(
      /Not a container ID or name/,
    );
    await stillAnswers();
    expect(hitsElsewhere).toEqual([]);
  });

  it('turns an engine redirect into an error of that one call (dockerode with the guard)', async () => {
    disableModemRedirects();
    const raw = new Dockerode({ socketPath: env.dockerHost.replace(/^unix:\/\//, '') });
    // Unguarded path building, as dockerode does it: the engine answers with a redirect.
    const failure = await raw
      .getImage(`a/../../../127.0.0.1:${elsewherePort}`)
      .inspect()
      .then(
        () => null,
        (error: unknown) => error as { statusCode?: number },
      );
    expect(failure?.statusCode).toBeGreaterThanOrEqual(300);
    expect(failure?.statusCode).toBeLessThan(400);
    // A followed redirect would have been sent before the call failed: a probe sent now arrives
    // after it. (Without the guard, a redirect to a closed port also ends the process, which
    // vitest reports as an unhandled error.)
    await raw
      .getImage('a/../../../127.0.0.1:1')
      .inspect()
      .catch(() => undefined);
    await fetch(`http://127.0.0.1:${elsewherePort}/probe`).then((response) => response.text());
    expect(hitsElsewhere).toEqual(['/probe']);
    hitsElsewhere.length = 0;
    // Berth's own client encodes the id; dockerd decodes it and still answers with a redirect,
    // which stays an error of that call, in words.
    const guarded = await t.backend.engine
      .api()
      .getImage(`a/../../../127.0.0.1:${elsewherePort}`)
      .inspect()
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(engineMessage(guarded)).toMatch(/redirect .*does not follow|No such image/);
    expect(hitsElsewhere).toEqual([]);
    await stillAnswers();
  });
});

describe('upload names', () => {
  const names = [
    '..\u0000',
    '.\u0000',
    'a\u0000b',
    '..\u0000x',
    '\u0000',
    '..',
    '.',
    'a/..',
    '../x',
    'a\\b',
    'a\nb',
    'a\u007f',
    'a\u0085',
    '',
  ];

  it('refuses NUL, control characters and anything but one plain child; the bind-mounted folder is untouched', async () => {
    const before = snapshot(hostDir);
    for (const name of names) {
      await expect(
        t.caller.containers.files.upload.start({ id: holder, folder: '/mnt/host', name, size: 1 }),
        JSON.stringify(name),
      ).rejects.toThrow(/file name|Not a file name/i);
    }
    for (const folder of ['/mnt/host/..', '/mnt/host/\u0000', 'mnt/host', '/mnt//host']) {
      await expect(
        t.caller.containers.files.upload.start({ id: holder, folder, name: 'x.txt', size: 1 }),
        JSON.stringify(folder),
      ).rejects.toThrow(/path/i);
    }
    expect(snapshot(hostDir)).toEqual(before);
    // A plain name still works and lands in the folder.
    const { uploadId } = await t.caller.containers.files.upload.start({
      id: holder,
      folder: '/mnt/host',
      name: 'ok.txt',
      size: 3,
    });
    await t.caller.containers.files.upload.chunk({
      uploadId,
      offset: 0,
      data: Buffer.from('ok\n').toString('base64'),
    });
    await t.caller.containers.files.upload.finish({ uploadId });
    expect(readFileSync(path.join(hostDir, 'inner', 'ok.txt'), 'utf8')).toBe('ok\n');
    expect(snapshot(hostDir)).toEqual({ ...before, [path.join('inner', 'ok.txt')]: expect.any(String) });
    await stillAnswers();
  });

  it('the upload store refuses them too, whoever calls it', () => {
    const tempDirs = new TempDirs();
    const store = new ContainerUploads(tempDirs);
    for (const name of names)
      expect(() => store.start(holder, '/mnt/host', name, 1), JSON.stringify(name)).toThrow(UploadError);
    expect(store.openCount).toBe(0);
    store.dispose();
    tempDirs.dispose();
  });
});

describe('build paths', () => {
  it('a Dockerfile path must stay inside the build folder: no answer about host files', async () => {
    for (const dockerfile of ['../../../../etc/passwd', '/etc/passwd', 'a/../../x', 'Docker\u0000file'])
      await expect(
        t.caller.images.build.contextCheck({ context: hostDir, dockerfile }),
        JSON.stringify(dockerfile),
      ).rejects.toThrow(/inside the folder|full path|control characters/);
  });
});

describe('image prune', () => {
  /** A dangling image of our own: commit with a tag, then move the tag away. */
  async function danglingImage(tag: string): Promise<string> {
    const id = await docker(['commit', holder, tag]);
    created.push(id);
    await docker(['tag', env.busyboxImage, tag]);
    created.push(tag);
    return waitForValue(
      () =>
        t.backend.engine.images.list().some((i) => i.id === id && i.repoTags.length === 0) ? id : undefined,
      'dangling image in the model',
    );
  }

  it('removes exactly the previewed images: one that appears after the preview survives', async () => {
    const previewed = await danglingImage(`berth-it/hostile-a-${suffix}:1`);
    const preview = (await t.caller.images.pruneCandidates({ mode: 'dangling' })).filter(
      (c) => c.id === previewed,
    );
    expect(preview.map((c) => c.id)).toEqual([previewed]);

    const later = await danglingImage(`berth-it/hostile-b-${suffix}:1`);
    const result = await t.caller.images.prune({ mode: 'dangling', ids: preview.map((c) => c.id) });
    expect(result.deleted).toContain(previewed);
    expect(result.deleted).not.toContain(later);
    expect(await docker(['image', 'inspect', '--format', '{{.Id}}', later])).toBe(later);
    await expect(docker(['image', 'inspect', previewed])).rejects.toThrow();
  });

  it('keeps a previewed image that is no longer prunable', async () => {
    const id = await danglingImage(`berth-it/hostile-c-${suffix}:1`);
    const tag = `berth-it/hostile-c-${suffix}:kept`;
    await docker(['tag', id, tag]);
    created.push(tag);
    await waitForValue(
      () =>
        t.backend.engine.images.list().some((i) => i.id === id && i.repoTags.includes(tag))
          ? true
          : undefined,
      'tagged image in the model',
    );
    const result = await t.caller.images.prune({ mode: 'dangling', ids: [id] });
    expect(result.deleted).toEqual([]);
    expect(result.failed).toEqual([{ id, message: expect.stringMatching(/kept/) }]);
    expect(await docker(['image', 'inspect', '--format', '{{.Id}}', tag])).toBe(id);
  });
});
