// Save an image through Berth, remove it with the CLI, load the saved tar back through the
// chunked upload: the image returns with its tag. A file that is not an image archive fails in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOAD_CHUNK_BYTES, type SaveEvent } from '@shared/api/images-build';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { drain, startTestBackend, type TestBackend } from './image-build-support';
import { runId } from '../support/names';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = runId;
const tag = `berth-it/saved-${suffix}:1`;
let t: TestBackend;

async function upload(bytes: Buffer, fileName: string) {
  const { uploadId } = await t.caller.images.archive.load.start({ fileName, size: bytes.length });
  for (let offset = 0; offset < bytes.length; offset += LOAD_CHUNK_BYTES) {
    const data = bytes.subarray(offset, offset + LOAD_CHUNK_BYTES).toString('base64');
    await t.caller.images.archive.load.chunk({ uploadId, offset, data });
  }
  return t.caller.images.archive.load.finish({ uploadId, fileName });
}

beforeAll(async () => {
  t = await startTestBackend(env.dockerHost);
  await docker(['tag', env.busyboxImage, tag]);
});

afterAll(async () => {
  await docker(['rmi', '-f', tag]).catch(() => undefined);
  t?.dispose();
});

describe('image save and load', () => {
  it('saves as tar chunks, and loading them brings the image back after docker rmi', async () => {
    const events = await drain<SaveEvent>(await t.caller.images.archive.save({ refs: [tag] }));
    expect(events[0]).toMatchObject({ type: 'start' });
    const chunks = events.flatMap((e) => (e.type === 'chunk' ? [Buffer.from(e.data, 'base64')] : []));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.length <= LOAD_CHUNK_BYTES)).toBe(true);
    const tarball = Buffer.concat(chunks);
    // A tar archive: "ustar" at offset 257 of the first header, and the manifest names our tag.
    expect(tarball.subarray(257, 262).toString()).toBe('ustar');
    expect(tarball.includes(Buffer.from('manifest.json'))).toBe(true);

    await docker(['rmi', tag]);
    await expect(docker(['image', 'inspect', tag])).rejects.toThrow();

    const result = await upload(tarball, 'saved.tar');
    expect(result.loaded).toContain(tag);
    expect(await docker(['image', 'inspect', '--format', '{{index .RepoTags 0}}', tag])).toBe(tag);
    const activity = t.backend.activity.store
      .list()
      .find((a) => a.kind === 'load' && a.title === 'saved.tar');
    expect(activity).toMatchObject({ state: 'succeeded' });
  });

  it('says so in words when the file is not an image archive', async () => {
    await expect(
      upload(Buffer.from('this is not a tar file at all\n'.repeat(100)), 'notes.txt'),
    ).rejects.toThrow(/\S/);
    const activity = t.backend.activity.store
      .list()
      .find((a) => a.kind === 'load' && a.title === 'notes.txt');
    expect(activity?.state).toBe('failed');
    console.log(`load of a non-tar failed with: ${activity?.error}`);
  });

  it('accepts chunks in any order but refuses misaligned, repeated or short ones', async () => {
    const start = () => t.caller.images.archive.load.start({ fileName: 'x.tar', size: LOAD_CHUNK_BYTES + 5 });
    const b64 = (n: number) => Buffer.alloc(n, 1).toString('base64');
    const first = await start();
    expect(
      await t.caller.images.archive.load.chunk({
        uploadId: first.uploadId,
        offset: LOAD_CHUNK_BYTES,
        data: b64(5),
      }),
    ).toEqual({ received: 5 });
    await expect(
      t.caller.images.archive.load.chunk({
        uploadId: first.uploadId,
        offset: LOAD_CHUNK_BYTES,
        data: b64(5),
      }),
    ).rejects.toThrow(/already sent/);
    const second = await start();
    await expect(
      t.caller.images.archive.load.chunk({ uploadId: second.uploadId, offset: 5, data: b64(5) }),
    ).rejects.toThrow(/multiple of 1 MiB/);
    const third = await start();
    await expect(
      t.caller.images.archive.load.chunk({ uploadId: third.uploadId, offset: 0, data: b64(10) }),
    ).rejects.toThrow(/has 10 bytes, not 1048576/);
    // A failed chunk ends the upload: its temp file is gone and further chunks are refused.
    await expect(
      t.caller.images.archive.load.chunk({
        uploadId: third.uploadId,
        offset: LOAD_CHUNK_BYTES,
        data: b64(5),
      }),
    ).rejects.toThrow(/unknown or has expired/);
  });

  it('reports a missing image in the engine’s words', async () => {
    await expect(
      drain(await t.caller.images.archive.save({ refs: [`berth-it/none-${suffix}:x`] })),
    ).rejects.toThrow(/No such image/i);
  });
});
