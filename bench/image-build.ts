// Build, save and load through Berth (the router over WebSocket, as the UI uses it) against the
// docker CLI on the same engine; plus how fast an offline Docker Hub search fails.
//   npx tsx bench/image-build.ts            (needs a build; BERTH_OUT_DIR picks another out dir)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTRPCClient, createWSClient, wsLink } from '@trpc/client';
import WebSocket from 'ws';
import type { AppRouter } from '@core/router';
import { LOAD_CHUNK_BYTES, type BuildEvent } from '@shared/api/images-build';
import { dockerCli } from '../test/harness/cli';
import { startDockerd } from '../test/harness/dockerd';
import { ensureBusybox } from '../test/harness/images';
import { startServe } from '../test/support/serve-process';
import { median, printTable, timed } from './support/stats';

const ROUNDS = 3;
const FILES = 20;
const FILE_BYTES = 256 * 1024;

const engine = await startDockerd();
const work = mkdtempSync(path.join(os.tmpdir(), 'berth-bench-build-'));
// berth serve builds only from the folders it is told (--build-root).
const serve = await startServe(engine.host, { args: ['--build-root', work] });
const wsClient = createWSClient({
  url: `${serve.origin.replace('http', 'ws')}/trpc?token=${serve.token}`,
  WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
});
const client = createTRPCClient<AppRouter>({ links: [wsLink({ client: wsClient })] });
const docker = (args: string[]) => dockerCli(engine.host, args, undefined, { timeoutMs: 300_000 });

function berthBuild(context: string, tag: string): Promise<void> {
  return new Promise((resolve, reject) => {
    client.images.build.run.subscribe(
      { context, tags: [tag], noCache: true },
      {
        onData: (batch: BuildEvent[]) => {
          for (const event of batch) if (event.type === 'error') reject(new Error(event.message));
        },
        onError: reject,
        onComplete: () => resolve(),
      },
    );
  });
}

function berthSave(ref: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    client.images.archive.save.subscribe(
      { refs: [ref] },
      {
        onData: (event) => {
          if (event.type === 'chunk') parts.push(Buffer.from(event.data, 'base64'));
        },
        onError: reject,
        onComplete: () => resolve(Buffer.concat(parts)),
      },
    );
  });
}

async function berthLoad(bytes: Buffer): Promise<string[]> {
  const { uploadId } = await client.images.archive.load.start.mutate({
    fileName: 'bench.tar',
    size: bytes.length,
  });
  // As the Load dialog does: three chunks in flight.
  let next = 0;
  const send = async () => {
    while (next < bytes.length) {
      const offset = next;
      next += LOAD_CHUNK_BYTES;
      const data = bytes.subarray(offset, offset + LOAD_CHUNK_BYTES).toString('base64');
      await client.images.archive.load.chunk.mutate({ uploadId, offset, data });
    }
  };
  await Promise.all([send(), send(), send()]);
  return (await client.images.archive.load.finish.mutate({ uploadId, fileName: 'bench.tar' })).loaded;
}

try {
  const busybox = await ensureBusybox(engine.host);
  const context = path.join(work, 'ctx');
  for (let i = 0; i < FILES; i++) {
    const file = path.join(context, 'data', `f${i}.bin`);
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(file), { recursive: true }));
    writeFileSync(file, randomBytes(FILE_BYTES));
  }
  writeFileSync(
    path.join(context, 'Dockerfile'),
    `FROM ${busybox}\nCOPY data/ /data/\nRUN ls /data | wc -l\n`,
  );

  const buildCli: number[] = [];
  const buildBerth: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    buildCli.push(
      (await timed(() => docker(['build', '--no-cache', '-q', '-t', 'bench/build-cli:1', context]))).ms,
    );
    buildBerth.push((await timed(() => berthBuild(context, 'bench/build-berth:1'))).ms);
  }

  const ref = 'bench/build-berth:1';
  const tarFile = path.join(work, 'cli.tar');
  const saveCli: number[] = [];
  const saveBerth: number[] = [];
  let saved: Buffer = Buffer.alloc(0);
  for (let round = 0; round < ROUNDS; round++) {
    saveCli.push((await timed(() => docker(['save', '-o', tarFile, ref]))).ms);
    const result = await timed(() => berthSave(ref));
    saveBerth.push(result.ms);
    saved = result.value;
  }

  const loadCli: number[] = [];
  const loadBerth: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await docker(['rmi', ref]);
    loadCli.push((await timed(() => docker(['load', '-q', '-i', tarFile]))).ms);
    await docker(['rmi', ref]);
    loadBerth.push((await timed(() => berthLoad(saved))).ms);
  }

  const searchCli: number[] = [];
  const searchBerth: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    searchCli.push((await timed(() => docker(['search', 'nginx']).catch(() => undefined))).ms);
    searchBerth.push(
      (await timed(() => client.images.hub.search.query({ term: 'nginx' }).catch(() => undefined))).ms,
    );
  }

  const mb = (readFileSync(tarFile).length / 1024 / 1024).toFixed(1);
  printTable(
    `Image build / save / load (median of ${ROUNDS}; context ${FILES} x ${FILE_BYTES / 1024} KiB, tar ${mb} MiB)`,
    [
      ['docker build --no-cache (CLI)', median(buildCli)],
      ['build via Berth (WebSocket subscription)', median(buildBerth)],
      ['docker save -o (CLI)', median(saveCli)],
      ['save via Berth (base64 chunks to client)', median(saveBerth)],
      ['docker load -i (CLI)', median(loadCli)],
      ['load via Berth (1 MiB chunk upload + load)', median(loadBerth)],
      ['docker search, offline (CLI, fails)', median(searchCli)],
      ['Hub search via Berth, offline (fails)', median(searchBerth)],
    ],
  );
} finally {
  wsClient.close();
  await serve.stop();
  await dockerCli(engine.host, ['rmi', '-f', 'bench/build-cli:1', 'bench/build-berth:1']).catch(
    () => undefined,
  );
  await engine.stop();
  rmSync(work, { recursive: true, force: true });
}
