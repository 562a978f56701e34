// The Backend owns all state: a disposed backend leaves no terminal session, feed, stats stream,
// upload, temp folder or socket behind, and two backends in one process share none of it.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '@core/backend';
import { UPLOAD_CHUNK_BYTES } from '@shared/api/container-files';
import { LOAD_CHUNK_BYTES } from '@shared/api/images-build';
import { harnessEnv } from '../harness/inject';
import { startBackend, type TestBackend } from '../support/backend';
import { containerFixture } from '../support/containers';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const containers = containerFixture(env.dockerHost);
let target: string;
const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'berth-it-dispose-'));

beforeAll(async () => {
  // Prints a line now and then (a followed log), keeps a CPU busy enough for stats, and holds a
  // file larger than a download window (so a download stays in progress).
  target = await containers.run('it-dispose', [
    env.busyboxImage,
    'sh',
    '-c',
    'dd if=/dev/zero of=/big bs=1048576 count=24 2>/dev/null; echo ready; while :; do echo tick; sleep 1; done',
  ]);
});

afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

/** Resource kinds a backend opens (engine sockets, timers): their counts, from Node itself. */
const KINDS = ['PipeWrap', 'TCPSocketWrap', 'TCPWrap', 'Timeout', 'FSReqCallback', 'FileHandle'];
function resources(): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(KINDS.map((kind) => [kind, 0]));
  for (const kind of process.getActiveResourcesInfo()) if (kind in counts) counts[kind]!++;
  return counts;
}

/** Runs a subscription's consumer in the background; `ended` says when its loop has finished. */
function consume<T>(feed: AsyncIterable<T>, onItem: (item: T) => void = () => undefined) {
  const state = { ended: false, error: null as unknown };
  const done = (async () => {
    try {
      for await (const item of feed) onItem(item);
    } catch (error) {
      state.error = error;
    } finally {
      state.ended = true;
    }
  })();
  return { state, done };
}

/** What a backend holds right now, by service: zero everywhere once it is disposed. */
function holdings(backend: Backend) {
  const s = backend.services;
  return {
    terminals: s.terminals.size,
    terminalFeeds: s.terminals.feeding,
    logs: s.logs.size,
    downloads: s.downloads.size,
    stats: s.stats.size,
    fileUploads: s.fileUploads.openCount,
    imageLoads: s.imageLoads.openCount,
    runningActivities: backend.activity.running,
  };
}

/** What the test below opens: two terminal sessions (one read), and one of everything else. */
const OPENED = {
  terminals: 2,
  terminalFeeds: 1,
  logs: { windows: 1, feeds: 1 },
  downloads: { windows: 1, feeds: 1 },
  stats: { openStreams: 1, feeds: 1 },
  fileUploads: 1,
  imageLoads: 1,
};

/** The same holdings with every count at zero. */
function zeroed<T>(counts: T): T {
  return JSON.parse(JSON.stringify(counts), (_key, value: unknown) =>
    typeof value === 'number' ? 0 : value,
  );
}

const NOTHING = { ...zeroed(OPENED), runningActivities: 0 };

/** Starts a shell session with its output read in the background; resolves once it answers. */
async function openShell(berth: TestBackend) {
  const api = berth.caller();
  const { sessionId } = await api.containers.terminal.exec({ id: target, shell: 'sh', user: 'root' });
  let text = '';
  const reader = consume(await api.containers.terminal.output({ sessionId }), (batch) => {
    for (const event of batch) if (event.type === 'data') text += event.data;
  });
  await api.containers.terminal.input({ sessionId, data: 'echo shell-$((6*7))\r' });
  await waitForValue(() => (text.includes('shell-42') ? true : undefined), 'the shell to answer');
  return { sessionId, reader };
}

describe('a disposed backend', () => {
  it('leaves no session, feed, stats stream, upload, temp folder or socket behind', async () => {
    const before = resources();
    const berth = await startBackend(env.dockerHost, { tempRoot });
    const { backend } = berth;
    const api = berth.caller();

    // A terminal session that is being read, and one nobody has subscribed to yet.
    const shell = await openShell(berth);
    await api.containers.terminal.exec({ id: target, shell: 'sh', user: 'root' });

    // A followed log, acknowledged by feed ID like the Logs tab.
    let logLines = 0;
    const log = consume(
      await api.containers.logs.follow({ id: target, follow: true, tail: null, feedId: randomUUID() }),
      (event) => {
        if (event.type === 'lines') logLines += event.runs.reduce((sum, run) => sum + run.lines, 0);
      },
    );
    await waitForValue(() => (logLines > 0 ? true : undefined), 'a followed log line');

    // A stats subscription with its engine stream.
    let samples = 0;
    const stats = consume(await api.containers.stats.follow({ id: target }), (event) => {
      if (event.type === 'sample') samples++;
    });
    await waitForValue(() => (samples > 0 ? true : undefined), 'a stats sample');

    // A download that never acknowledges: it stops a window short of the end and waits.
    let downloaded = 0;
    const download = consume(
      await api.containers.files.download({
        id: target,
        path: '/big',
        kind: 'file',
        downloadId: randomUUID(),
      }),
      (chunk) => {
        if (chunk.type === 'data') downloaded += chunk.data.length;
      },
    );
    await waitForValue(() => (downloaded > 0 ? true : undefined), 'download bytes');

    // Uploads in progress: a file into the container and an image archive, each one chunk in.
    const { uploadId } = await api.containers.files.upload.start({
      id: target,
      folder: '/tmp',
      name: 'half.bin',
      size: UPLOAD_CHUNK_BYTES * 2,
    });
    await api.containers.files.upload.chunk({
      uploadId,
      offset: 0,
      data: Buffer.alloc(UPLOAD_CHUNK_BYTES).toString('base64'),
    });
    const load = await api.images.archive.load.start({ fileName: 'half.tar', size: LOAD_CHUNK_BYTES * 2 });
    await api.images.archive.load.chunk({
      uploadId: load.uploadId,
      offset: 0,
      data: Buffer.alloc(LOAD_CHUNK_BYTES).toString('base64'),
    });

    const held = holdings(backend);
    expect(held).toMatchObject(OPENED);
    const folders = backend.services.tempDirs.list();
    expect(folders).toHaveLength(2);
    for (const folder of folders) expect(existsSync(folder)).toBe(true);
    const opened = resources();

    await berth.dispose();

    // Every feed ends by itself: its subscriber never left.
    for (const [what, feed] of Object.entries({ shell: shell.reader, log, stats, download }))
      await waitForValue(() => (feed.state.ended ? true : undefined), `the ${what} feed to end`);
    expect(holdings(backend)).toEqual(NOTHING);
    for (const folder of folders) expect(existsSync(folder)).toBe(false);
    expect(readdirSync(tempRoot).filter((name) => name.startsWith('berth-'))).toEqual([]);
    // The engine connection, log, stats and download streams and the shell's socket are closed,
    // and no timer the backend started is left: counts fall back to where they were before it.
    const left = (now: Record<string, number>) =>
      KINDS.filter((kind) => now[kind]! > before[kind]!).map(
        (kind) => `${kind}: ${before[kind]} before, ${opened[kind]} open, ${now[kind]} after`,
      );
    const leftover = await waitForValue(
      () => (left(resources()).length === 0 ? [] : undefined),
      'sockets and timers to close',
    ).catch(() => left(resources()));
    expect(leftover).toEqual([]);
    // (The counts did see what it opened: the engine and stream sockets.)
    expect(opened.PipeWrap! + opened.TCPSocketWrap!).toBeGreaterThan(
      before.PipeWrap! + before.TCPSocketWrap!,
    );
  });
});

describe('two backends in one process', () => {
  let a: TestBackend;
  let b: TestBackend;
  beforeAll(async () => {
    a = await startBackend(env.dockerHost, { tempRoot });
    b = await startBackend(env.dockerHost, { tempRoot });
  });
  afterAll(async () => {
    await a?.dispose();
    await b?.dispose();
  });

  it('share no terminal session, upload or temp folder; disposing one leaves the other', async () => {
    const shell = await openShell(a);
    expect(a.backend.services.terminals.size).toBe(1);
    expect(b.backend.services.terminals.size).toBe(0);
    // B knows nothing of A's session: it cannot type into it or resize it.
    await expect(
      b.caller().containers.terminal.input({ sessionId: shell.sessionId, data: 'echo nope\r' }),
    ).rejects.toThrow(/ended/);
    await expect(
      b.caller().containers.terminal.resize({ sessionId: shell.sessionId, cols: 90, rows: 30 }),
    ).rejects.toThrow(/ended/);

    const upload = (berth: TestBackend) =>
      berth.caller().containers.files.upload.start({ id: target, folder: '/tmp', name: 'x.bin', size: 10 });
    const { uploadId } = await upload(a);
    await expect(
      b
        .caller()
        .containers.files.upload.chunk({ uploadId, offset: 0, data: Buffer.alloc(10).toString('base64') }),
    ).rejects.toThrow(/unknown or has expired/);
    await upload(b);
    const [folderA] = a.backend.services.tempDirs.list();
    const [folderB] = b.backend.services.tempDirs.list();
    expect(folderA).toBeDefined();
    expect(folderB).toBeDefined();
    expect(folderA).not.toBe(folderB);

    // The two are separate objects all the way down.
    for (const key of Object.keys(a.backend.services) as (keyof Backend['services'])[])
      expect(a.backend.services[key], key).not.toBe(b.backend.services[key]);

    await a.dispose();
    await waitForValue(() => (shell.reader.state.ended ? true : undefined), "A's shell feed to end");
    expect(existsSync(folderA!)).toBe(false);
    expect(existsSync(folderB!)).toBe(true);
    expect(b.backend.services.fileUploads.openCount).toBe(1);
    // B still works: its own session round-trips.
    const other = await openShell(b);
    expect(b.backend.services.terminals.size).toBe(1);
    await b.caller().containers.terminal.input({ sessionId: other.sessionId, data: 'exit\r' });
    await waitForValue(() => (other.reader.state.ended ? true : undefined), "B's shell to exit");
  });
});
