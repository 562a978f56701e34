// Web mode's build from a folder the browser uploads, against the real dockerd: the plan applies
// .dockerignore before anything is sent, the tar the browser makes (tarParts) builds an image that
// holds the files (Korean and long names included), and a hostile tar (a "..", a link) is refused
// in words without writing outside Berth's folder. The folder picker is the desktop's alone.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tar from 'tar-stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildEvent } from '@shared/api/images-build';
import { tarParts } from '@shared/format/tar-blob';
import { DESKTOP_ONLY } from '@core/router/desktop';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { runId } from '../support/names';
import { drain, startTestBackend, type TestBackend } from './image-build-support';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const created: string[] = [];
let t: TestBackend;

beforeAll(async () => {
  t = await startTestBackend(env.dockerHost);
});

afterAll(async () => {
  if (created.length) await docker(['rmi', '-f', ...created]).catch(() => undefined);
  t?.dispose();
});

/** Sends `bytes` through the upload store as the browser does; the upload's id. */
async function upload(bytes: Buffer, fileName = 'context.tar'): Promise<string> {
  const { uploadId } = await t.caller.images.archive.load.start({ fileName, size: bytes.length });
  const chunk = 1024 * 1024;
  for (let offset = 0; offset < bytes.length; offset += chunk)
    await t.caller.images.archive.load.chunk({
      uploadId,
      offset,
      data: bytes.subarray(offset, offset + chunk).toString('base64'),
    });
  return uploadId;
}

function browserTar(files: Record<string, string>): Buffer {
  const parts = tarParts(
    Object.entries(files).map(([file, text]) => {
      const content = Buffer.from(text);
      return { path: file, size: content.length, mtime: Date.now(), content };
    }),
  );
  return Buffer.concat(parts.map((part) => Buffer.from(part)));
}

async function buildUploaded(bytes: Buffer, tag: string): Promise<BuildEvent[]> {
  created.push(tag);
  const uploadId = await upload(bytes);
  return drain<BuildEvent>(
    await t.caller.images.build.run({ context: 'myapp', upload: uploadId, tags: [tag] }),
  );
}

async function hostileTar(add: (pack: tar.Pack) => void): Promise<Buffer> {
  const pack = tar.pack();
  pack.entry({ name: 'Dockerfile' }, `FROM ${env.busyboxImage}\n`);
  add(pack);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('build from an uploaded folder', () => {
  it('plans with .dockerignore (the Dockerfile and .dockerignore always go) and says when there is no Dockerfile', async () => {
    const paths = ['Dockerfile', '.dockerignore', 'app/keep.txt', 'node_modules/x/index.js', 'debug.log'];
    const plan = await t.caller.images.build.contextPlan({
      paths,
      sizes: [10, 20, 30, 40, 50],
      dockerignore: 'node_modules\n*.log\nDockerfile\n.dockerignore\n',
      dockerfile: 'Dockerfile',
    });
    expect(plan.include.map((index) => paths[index])).toEqual([
      'Dockerfile',
      '.dockerignore',
      'app/keep.txt',
    ]);
    expect(plan).toMatchObject({ bytes: 60, problem: null });
    const missing = await t.caller.images.build.contextPlan({
      paths: ['src/app.js'],
      sizes: [1],
      dockerignore: null,
      dockerfile: 'Dockerfile',
    });
    expect(missing.problem).toBe('No Dockerfile in this folder.');
  });

  it('builds the browser-made tar: Korean and long names arrive whole, and the command names the folder', async () => {
    const long = `${'deep/'.repeat(30)}end.txt`;
    const tag = `berth-it/upload-${runId}:1`;
    const events = await buildUploaded(
      browserTar({
        Dockerfile: `FROM ${env.busyboxImage}\nCOPY . /app/\n`,
        '안녕/세상.txt': '한글 내용',
        [long]: 'long name',
      }),
      tag,
    );
    expect(events.filter((event) => event.type === 'error')).toEqual([]);
    expect(events[0]).toMatchObject({ type: 'started', command: `docker build -t ${tag} myapp` });
    expect(events.at(-1)).toMatchObject({ type: 'done', tags: [tag] });
    expect(await docker(['run', '--rm', tag, 'cat', '/app/안녕/세상.txt'])).toBe('한글 내용');
    expect(await docker(['run', '--rm', tag, 'cat', `/app/${long}`])).toBe('long name');
  });

  it('refuses a tar that climbs out with ".." or holds a link, and writes nothing outside', async () => {
    const outside = path.join(os.tmpdir(), `berth-it-escape-${runId}`);
    rmSync(outside, { force: true });
    const climbing = await hostileTar((pack) =>
      pack.entry({ name: `../../../../../../../..${outside}` }, 'escaped'),
    );
    const events = await buildUploaded(climbing, `berth-it/upload-${runId}:climb`);
    expect(events.at(-1)).toMatchObject({
      type: 'error',
      message: expect.stringContaining('cannot be used'),
    });
    expect(existsSync(outside)).toBe(false);

    const dir = mkdtempSync(path.join(os.tmpdir(), 'berth-it-link-'));
    try {
      const linking = await hostileTar((pack) => {
        pack.entry({ name: 'up', type: 'symlink', linkname: dir });
        pack.entry({ name: 'up/planted.txt' }, 'planted');
      });
      const linked = await buildUploaded(linking, `berth-it/upload-${runId}:link`);
      expect(linked.at(-1)).toMatchObject({
        type: 'error',
        message: expect.stringContaining('Only files and folders'),
      });
      expect(existsSync(path.join(dir, 'planted.txt'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an upload id that does not exist, and a folder name with a slash', async () => {
    const unknown = await drain<BuildEvent>(
      await t.caller.images.build.run({ context: 'myapp', upload: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknown.at(-1)).toMatchObject({ type: 'error', message: expect.stringContaining('unknown') });
    const uploadId = await upload(browserTar({ Dockerfile: `FROM ${env.busyboxImage}\n` }));
    await expect(
      drain<BuildEvent>(await t.caller.images.build.run({ context: '../etc', upload: uploadId })),
    ).rejects.toThrow(/file name/);
    await t.caller.images.archive.load.cancel({ uploadId });
  });

  it('opens no folder picker outside the desktop app', async () => {
    await expect(t.caller.desktop.pickFolder({})).rejects.toThrow(DESKTOP_ONLY);
  });
});
