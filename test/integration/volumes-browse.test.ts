// Browsing a volume through helpers: list with sizes, download a file, upload, make a folder,
// delete; ".." is refused; no helper is left behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOLUME_UPLOAD_CHUNK_BYTES } from '@shared/api/volumes-manage';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startBackend, type Caller, type TestBackend } from '../support/backend';
import { uniqueName } from '../support/names';
import { createVolumeWith } from '../support/volume-shell';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
let berth: TestBackend;
let caller: Caller;
const volume = uniqueName('it-browse');

beforeAll(async () => {
  berth = await startBackend(env.dockerHost);
  caller = berth.caller();
  await caller.settings.update({ volumeHelperImage: env.busyboxImage });
  await createVolumeWith(docker, env.busyboxImage, volume, 'printf hello > /d/a.txt; mkdir /d/sub');
});

afterAll(async () => {
  await docker(['volume', 'rm', '-f', volume]).catch(() => undefined);
  berth?.dispose();
});

describe('browsing a volume', () => {
  it('lists, downloads, uploads, makes a folder and deletes', async () => {
    const top = await caller.volumes.files.list({ name: volume, path: '/' });
    expect(top.entries.map((e) => [e.name, e.kind, e.size])).toEqual(
      expect.arrayContaining([
        ['a.txt', 'file', 5],
        ['sub', 'directory', 0],
      ]),
    );
    const downloadId = `dl-${Date.now()}`;
    let text = '';
    for await (const chunk of await caller.volumes.files.download({
      name: volume,
      path: '/a.txt',
      downloadId,
    })) {
      if (chunk.type === 'data') text += Buffer.from(chunk.data, 'base64').toString();
    }
    expect(text).toBe('hello');

    const bytes = Buffer.from('uploaded bytes');
    const { uploadId } = await caller.volumes.files.upload.start({
      name: volume,
      folder: '/sub',
      fileName: 'u.bin',
      size: bytes.length,
    });
    expect(bytes.length).toBeLessThan(VOLUME_UPLOAD_CHUNK_BYTES);
    await caller.volumes.files.upload.chunk({ uploadId, offset: 0, data: bytes.toString('base64') });
    await caller.volumes.files.upload.finish({ uploadId });
    expect(await docker(['run', '--rm', '-v', `${volume}:/v`, env.busyboxImage, 'cat', '/v/sub/u.bin'])).toBe(
      'uploaded bytes',
    );

    await caller.volumes.files.mkdir({ name: volume, path: '/made' });
    await caller.volumes.files.delete({ name: volume, path: '/a.txt' });
    const after = (await caller.volumes.files.list({ name: volume, path: '/' })).entries
      .map((e) => e.name)
      .sort();
    expect(after).toEqual(['made', 'sub']);
    expect(await docker(['ps', '-aq', '--filter', 'label=io.berth.helper'])).toBe('');
  });

  it('refuses paths that leave the volume', async () => {
    await expect(caller.volumes.files.list({ name: volume, path: '/../etc' })).rejects.toThrow(
      /\.\.\\?" parts/,
    );
    await expect(caller.volumes.files.delete({ name: volume, path: '/' })).rejects.toThrow(
      /inside the volume/,
    );
  });
});
