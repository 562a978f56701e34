// The Files tab's edits against a real dockerd: make a folder and view a file on a running and on
// a stopped container (archive API), delete only on a running one, and refuse hostile paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startBackend, type TestBackend } from '../support/backend';
import { containerFixture } from '../support/containers';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const containers = containerFixture(env.dockerHost);
let berth: TestBackend;
let running: string;
let stopped: string;
const api = () => berth.caller();

beforeAll(async () => {
  running = await containers.run('it-edit-run', [
    env.busyboxImage,
    'sh',
    '-c',
    'mkdir -p /data/full && echo hello > /data/hello.txt && echo in > /data/full/x && ' +
      'printf "a\\000b" > /data/bin && ln -s hello.txt /data/link && ' +
      'dd if=/dev/zero of=/data/big bs=1024 count=1025 2>/dev/null && touch /data/ready && sleep 600',
  ]);
  stopped = containers.name('it-edit-stopped');
  await docker(['create', '--name', stopped, env.busyboxImage, 'true']);
  berth = await startBackend(env.dockerHost);
  await waitForValue(
    async () => ((await docker(['exec', running, 'ls', '/data'])).includes('ready') ? true : undefined),
    'the test files',
  );
});

afterAll(() => berth?.dispose());

describe('filesMkdir', () => {
  it('makes a folder in a running container', async () => {
    expect(await api().containers.files.mkdir({ id: running, path: '/data/new' })).toEqual({
      path: '/data/new',
    });
    expect(await docker(['exec', running, 'stat', '-c', '%F', '/data/new'])).toBe('directory');
  });

  it('makes a folder in a stopped container', async () => {
    await api().containers.files.mkdir({ id: stopped, path: '/tmp/made' });
    const listing = await api().containers.files.list({ id: stopped, path: '/tmp' });
    expect(listing.entries.find((entry) => entry.name === 'made')).toMatchObject({ kind: 'directory' });
  });

  it('refuses a folder that exists, and a missing parent in the engine’s words', async () => {
    await expect(api().containers.files.mkdir({ id: running, path: '/data/full' })).rejects.toThrow(
      /already exists/,
    );
    await expect(api().containers.files.mkdir({ id: running, path: '/nope/x' })).rejects.toThrow(/nope/);
  });
});

describe('filesView', () => {
  it('reads a small text file, following a link', async () => {
    expect(await api().containers.files.view({ id: running, path: '/data/hello.txt' })).toEqual({
      path: '/data/hello.txt',
      size: 6,
      binary: false,
      text: 'hello\n',
    });
    expect((await api().containers.files.view({ id: running, path: '/data/link' })).text).toBe('hello\n');
  });

  it('reads a stopped container’s file', async () => {
    expect((await api().containers.files.view({ id: stopped, path: '/etc/passwd' })).text).toMatch(/^root:/m);
  });

  it('says binary for binary content, and refuses folders and files over 1 MiB', async () => {
    expect(await api().containers.files.view({ id: running, path: '/data/bin' })).toMatchObject({
      binary: true,
      text: null,
    });
    await expect(api().containers.files.view({ id: running, path: '/data' })).rejects.toThrow(
      /not a regular file/,
    );
    await expect(api().containers.files.view({ id: running, path: '/data/big' })).rejects.toThrow(
      /larger than 1 MiB/,
    );
  });
});

describe('filesDelete', () => {
  it('deletes a folder with everything inside in a running container', async () => {
    await api().containers.files.delete({ id: running, path: '/data/full' });
    expect(await docker(['exec', running, 'ls', '/data'])).not.toMatch(/\bfull\b/);
  });

  it('says to start a stopped container', async () => {
    await expect(api().containers.files.delete({ id: stopped, path: '/etc/passwd' })).rejects.toThrow(
      'Start the container to delete files.',
    );
    const etc = await api().containers.files.list({ id: stopped, path: '/etc' });
    expect(etc.entries.some((entry) => entry.name === 'passwd')).toBe(true);
  });
});

describe('hostile paths', () => {
  const hostile = [
    '/data/../etc',
    '../etc',
    'data',
    '/data/a\u0000b',
    '/data/x\ny',
    '/',
    '//',
    '/data//x',
    '/a\\b',
  ];
  for (const path of hostile) {
    it(`refuses ${JSON.stringify(path)} before the engine`, async () => {
      await expect(api().containers.files.mkdir({ id: running, path })).rejects.toThrow(/path/i);
      await expect(api().containers.files.view({ id: running, path })).rejects.toThrow(/path/i);
      await expect(api().containers.files.delete({ id: running, path })).rejects.toThrow(/path/i);
    });
  }

  it('left the container whole', async () => {
    expect(await docker(['exec', running, 'ls', '/'])).toMatch(/\betc\b/);
    expect(await docker(['exec', running, 'ls', '/data'])).toMatch(/hello\.txt/);
  });
});
