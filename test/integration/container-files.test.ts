// The file browser against a real dockerd: list, download and upload through the archive API,
// on a running and on a stopped container, with engine errors in words.
import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_CHUNK_BYTES, type FileKind } from '@shared/api/container-files';
import type { DownloadChunk } from '@shared/api/download-chunk';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { waitForValue } from '../support/wait';
import { startBackend, type TestBackend } from '../support/backend';
import { runId } from '../support/names';
const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = runId;
const running = `it-files-run-${suffix}`;
const stopped = `it-files-stopped-${suffix}`;
const readonly = `it-files-ro-${suffix}`;

let berth: TestBackend;
const api = () => berth.caller();

async function download(id: string, path: string, kind: FileKind) {
  const chunks: DownloadChunk[] = [];
  const downloadId = randomUUID();
  const feed = await api().containers.files.download({ id, path, kind, downloadId });
  let received = 0;
  for await (const chunk of feed) {
    chunks.push(chunk);
    if (chunk.type !== 'data') continue;
    received += Buffer.from(chunk.data, 'base64').length;
    await api().containers.files.downloadAck({ downloadId, received });
  }
  const data = Buffer.concat(
    chunks.flatMap((c) => (c.type === 'data' ? [Buffer.from(c.data, 'base64')] : [])),
  );
  return { start: chunks[0], end: chunks[chunks.length - 1], data };
}

async function upload(
  id: string,
  folder: string,
  name: string,
  content: Buffer,
  chunkBytes = UPLOAD_CHUNK_BYTES,
) {
  const { uploadId } = await api().containers.files.upload.start({ id, folder, name, size: content.length });
  for (let offset = 0; offset < content.length; offset += chunkBytes) {
    const data = content.subarray(offset, offset + chunkBytes).toString('base64');
    await api().containers.files.upload.chunk({ uploadId, offset, data });
  }
  return api().containers.files.upload.finish({ uploadId });
}

beforeAll(async () => {
  await docker([
    'run',
    '-d',
    '--name',
    running,
    env.busyboxImage,
    'sh',
    '-c',
    'mkdir -p /data/sub && echo hello > /data/hello.txt && ln -s hello.txt /data/link && sleep 600',
  ]);
  await docker(['create', '--name', stopped, env.busyboxImage, 'true']);
  await docker(['run', '-d', '--read-only', '--name', readonly, env.busyboxImage, 'sleep', '600']);
  berth = await startBackend(env.dockerHost);
  await waitForValue(
    async () => ((await docker(['exec', running, 'ls', '/data'])).includes('link') ? true : undefined),
    'the test files',
  );
});

afterAll(async () => {
  berth?.dispose();
  await docker(['rm', '-f', running, stopped, readonly]).catch(() => undefined);
});

describe('filesList', () => {
  it('lists a folder of a running container with kinds, sizes, modes and link targets', async () => {
    const listing = await api().containers.files.list({ id: running, path: '/data' });
    const byName = new Map(listing.entries.map((entry) => [entry.name, entry]));
    expect([...byName.keys()].sort()).toEqual(['hello.txt', 'link', 'sub']);
    expect(byName.get('hello.txt')).toMatchObject({ kind: 'file', size: 6, mode: '-rw-r--r--' });
    expect(byName.get('sub')).toMatchObject({ kind: 'directory', mode: 'drwxr-xr-x' });
    expect(byName.get('link')).toMatchObject({ kind: 'symlink', linkTarget: 'hello.txt' });
    expect(byName.get('hello.txt')!.modified).toBeGreaterThan(Date.parse('2020-01-01'));
  });

  it('lists / and /etc of a stopped container', async () => {
    const root = await api().containers.files.list({ id: stopped, path: '/' });
    expect(root.entries.map((entry) => entry.name)).toEqual(expect.arrayContaining(['bin', 'etc']));
    const etc = await api().containers.files.list({ id: stopped, path: '/etc' });
    expect(etc.entries.find((entry) => entry.name === 'passwd')).toMatchObject({ kind: 'file' });
  });

  it('passes the engine’s words for a missing path', async () => {
    await expect(api().containers.files.list({ id: running, path: '/nope' })).rejects.toThrow(
      /Could not find the file \/nope/,
    );
  });
});

describe('files.download', () => {
  it('sends a file as its own bytes, named after it', async () => {
    const result = await download(running, '/data/hello.txt', 'file');
    expect(result.start).toEqual({ type: 'start', fileName: 'hello.txt', mime: 'application/octet-stream' });
    expect(result.data.toString()).toBe('hello\n');
    expect(result.end).toEqual({ type: 'end', bytes: 6 });
  });

  it('follows a symlink to its file, like docker cp -L', async () => {
    const result = await download(running, '/data/link', 'symlink');
    expect(result.start).toMatchObject({ fileName: 'link' });
    expect(result.data.toString()).toBe('hello\n');
  });

  it('sends a folder as a tar that holds its files', async () => {
    const result = await download(running, '/data', 'directory');
    expect(result.start).toEqual({ type: 'start', fileName: 'data.tar', mime: 'application/x-tar' });
    expect(result.data.includes(Buffer.from('data/hello.txt'))).toBe(true);
    expect(result.data.length % 512).toBe(0);
  });

  it('streams a file larger than the flow window when the receiver acknowledges', async () => {
    await docker(['exec', running, 'sh', '-c', 'dd if=/dev/urandom of=/tmp/big bs=1M count=20 2>/dev/null']);
    const result = await download(running, '/tmp/big', 'file');
    expect(result.end).toEqual({ type: 'end', bytes: 20 * 1024 * 1024 });
    expect(result.data.length).toBe(20 * 1024 * 1024);
    const sum = await docker(['exec', running, 'md5sum', '/tmp/big']);
    expect(sum.split(' ')[0]).toBe(createHash('md5').update(result.data).digest('hex'));
  });

  it('reads a stopped container too', async () => {
    const result = await download(stopped, '/etc/passwd', 'file');
    expect(result.data.toString()).toMatch(/^root:/m);
  });
});

describe('files.upload', () => {
  it('puts a file into a running container, in chunks', async () => {
    const content = Buffer.from('x'.repeat(10_000) + '\nend\n');
    const result = await upload(running, '/data/sub', 'notes.txt', content);
    expect(result).toEqual({ path: '/data/sub/notes.txt', bytes: content.length });
    expect(await docker(['exec', running, 'tail', '-n', '1', '/data/sub/notes.txt'])).toBe('end');
    expect(await docker(['exec', running, 'wc', '-c', '/data/sub/notes.txt'])).toContain(
      String(content.length),
    );
  });

  it('puts an empty file into a stopped container', async () => {
    await upload(stopped, '/tmp', 'empty.txt', Buffer.alloc(0));
    const listing = await api().containers.files.list({ id: stopped, path: '/tmp' });
    expect(listing.entries.find((entry) => entry.name === 'empty.txt')).toMatchObject({
      kind: 'file',
      size: 0,
    });
  });

  it('says why a read-only path refuses the file', async () => {
    await expect(upload(readonly, '/etc', 'x.txt', Buffer.from('x'))).rejects.toThrow(/read-only/);
  });

  it('refuses misaligned chunks and more bytes than declared; a refused chunk ends the upload', async () => {
    const start = async () =>
      (await api().containers.files.upload.start({ id: running, folder: '/tmp', name: 'a', size: 2 }))
        .uploadId;
    const misaligned = await start();
    await expect(
      api().containers.files.upload.chunk({ uploadId: misaligned, offset: 1, data: 'eA==' }),
    ).rejects.toThrow(/offset 1/);
    const tooLong = await start();
    await expect(
      api().containers.files.upload.chunk({
        uploadId: tooLong,
        offset: 0,
        data: Buffer.from('xyz').toString('base64'),
      }),
    ).rejects.toThrow(/has 3 bytes, not 2/);
    for (const uploadId of [misaligned, tooLong])
      await expect(api().containers.files.upload.finish({ uploadId })).rejects.toThrow(
        /unknown or has expired/,
      );
  });
});
