// Back up, restore and clone through Berth's helper container: the bytes written into a volume by
// one container are the bytes another container reads from the restored or cloned volume.
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESTORE_CHUNK_BYTES, type VolumeBackupEvent } from '@shared/api/volumes-manage';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startBackend, type Caller, type TestBackend } from '../support/backend';
import { uniqueName } from '../support/names';
import { createVolumeWith, readInVolume } from '../support/volume-shell';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
let berth: TestBackend;
let caller: Caller;
const volumes: string[] = [];

beforeAll(async () => {
  berth = await startBackend(env.dockerHost);
  caller = berth.caller();
  // Docker Hub is out of reach: the helper is the harness's local busybox.
  await caller.settings.update({ volumeHelperImage: env.busyboxImage });
});

afterAll(async () => {
  for (const v of volumes) await docker(['volume', 'rm', '-f', v]).catch(() => undefined);
  berth?.dispose();
});

const read = (volume: string, file: string) =>
  readInVolume(docker, env.busyboxImage, volume, `md5sum /v/${file}; cat /v/${file}`);

/** A new volume of this file's (removed after all), holding what `script` writes under /d. */
async function volumeWith(name: string, script: string): Promise<void> {
  volumes.push(name);
  await createVolumeWith(docker, env.busyboxImage, name, script);
}

async function backup(name: string): Promise<Buffer> {
  const downloadId = `dl-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const parts: Buffer[] = [];
  let received = 0;
  let start: VolumeBackupEvent | null = null;
  for await (const event of await caller.volumes.backup.download({ name, downloadId })) {
    if (event.type === 'start') start = event;
    if (event.type === 'data') {
      const bytes = Buffer.from(event.data, 'base64');
      parts.push(bytes);
      received += bytes.length;
      await caller.volumes.backup.ack({ downloadId, received });
    }
  }
  expect(start).toMatchObject({
    type: 'start',
    fileName: `${name}.tar.gz`,
    mime: 'application/gzip',
    pulledHelper: false,
  });
  return Buffer.concat(parts);
}

async function restore(bytes: Buffer, name: string, overwrite = false) {
  const { uploadId } = await caller.volumes.restore.start({ fileName: 'backup.tar.gz', size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += RESTORE_CHUNK_BYTES) {
    const data = bytes.subarray(offset, offset + RESTORE_CHUNK_BYTES).toString('base64');
    await caller.volumes.restore.chunk({ uploadId, offset, data });
  }
  return caller.volumes.restore.finish({ uploadId, name, overwrite });
}

async function helpersLeft(): Promise<string> {
  return docker(['ps', '-a', '--filter', 'label=io.berth.helper', '--format', '{{.Names}}']);
}

describe('volume back up, restore and clone', () => {
  it('restores a backup into a new volume with the same bytes, after the original is gone', async () => {
    const source = uniqueName('it-bk-src');
    const restored = uniqueName('it-bk-new');
    volumes.push(restored);
    await volumeWith(
      source,
      // 3 MiB of varied bytes (several chunks), and a nested file.
      'head -c 3145728 /dev/urandom > /d/blob && mkdir -p /d/sub && echo nested > /d/sub/n.txt',
    );
    const before = await read(source, 'blob');
    const archive = await backup(source);
    // A real .tar.gz with the volume's contents at its top, as `tar czf - -C /volume .` makes it.
    expect(gunzipSync(archive).subarray(0, 2).toString()).toBe('./');
    expect(await helpersLeft()).toBe('');
    await docker(['volume', 'rm', source]);

    const result = await restore(archive, restored);
    expect(result.created).toBe(true);
    expect(await read(restored, 'blob')).toBe(before);
    expect(await read(restored, 'sub/n.txt')).toContain('nested');
    expect(await helpersLeft()).toBe('');
  });

  it('asks before restoring into a volume that holds files, naming them', async () => {
    const target = uniqueName('it-bk-full');
    const source = uniqueName('it-bk-small');
    await volumeWith(source, 'echo new > /d/a.txt');
    await volumeWith(target, 'echo old > /d/a.txt; echo keep > /d/b.txt');
    const archive = await backup(source);
    await expect(restore(archive, target)).rejects.toThrow(
      /not empty: restoring would overwrite a\.txt, b\.txt/,
    );
    expect(await read(target, 'a.txt')).toContain('old');
    await restore(archive, target, true);
    expect(await read(target, 'a.txt')).toContain('new');
  });

  it('clones a volume under a new name with the same bytes, and refuses an existing name', async () => {
    const source = uniqueName('it-cl-src');
    const copy = uniqueName('it-cl-copy');
    volumes.push(copy);
    await volumeWith(source, 'head -c 100000 /dev/urandom > /d/x');
    await caller.volumes.clone({ source, target: copy });
    expect(await read(copy, 'x')).toBe(await read(source, 'x'));
    await expect(caller.volumes.clone({ source, target: copy })).rejects.toThrow(/already exists/);
    expect(await helpersLeft()).toBe('');
  });

  it('says so when the helper image is missing and cannot be pulled, and leaves nothing behind', async () => {
    const source = uniqueName('it-cl-nohelper');
    volumes.push(source);
    await docker(['volume', 'create', source]);
    await caller.settings.update({ volumeHelperImage: '127.0.0.1:9/berth-missing/helper:1' });
    try {
      await expect(caller.volumes.clone({ source, target: uniqueName('it-cl-none') })).rejects.toThrow(
        /helper image 127\.0\.0\.1:9\/berth-missing\/helper:1 is not on this engine and could not be pulled/,
      );
    } finally {
      await caller.settings.update({ volumeHelperImage: env.busyboxImage });
    }
    expect(await helpersLeft()).toBe('');
  });
});
