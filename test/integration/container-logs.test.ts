// Logs against a real dockerd: TTY and multiplexed streams, stdout vs stderr, tail, since,
// timestamps, follow, and that leaving the subscription stops the engine stream.
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLines, type LogEvent, type LogsInput } from '@shared/api/container-details';
import type { Backend } from '@core/backend';
import { containerLogs } from '@core/containers/logs';
import { appRouter } from '@core/router';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { waitForValue } from '../support/wait';
import { runId } from '../support/names';
import { startBackend, type TestBackend } from '../support/backend';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = runId;
const plain = `it-logs-${suffix}`;
const tty = `it-logs-tty-${suffix}`;
const follower = `it-logs-follow-${suffix}`;
let backend: Backend;
let berth: TestBackend;

interface Line {
  stream: string;
  text: string;
}

/** Reads a non-follow log subscription to its end, through the router. */
async function readAll(input: LogsInput): Promise<Line[]> {
  const events = await berth.caller().containers.logs.follow(input);
  const lines: Line[] = [];
  for await (const event of events as AsyncIterable<LogEvent>) {
    if (event.type === 'end') break;
    for (const run of event.runs)
      for (const text of runLines(run)) lines.push({ stream: run.stream, text: text.replace(/\r$/, '') });
  }
  return lines;
}

beforeAll(async () => {
  berth = await startBackend(env.dockerHost);
  backend = berth.backend;
  const script = 'for i in 1 2 3 4 5; do echo out-$i; echo err-$i >&2; done';
  await docker(['run', '--name', plain, env.busyboxImage, 'sh', '-c', script]);
  await docker([
    'run',
    '-t',
    '--name',
    tty,
    env.busyboxImage,
    'sh',
    '-c',
    'printf "\\033[32mgreen\\033[0m\\n"; echo tty-line',
  ]);
  await docker(['run', '-d', '--name', follower, env.busyboxImage, 'sh', '-c', 'echo first; sleep 300']);
});

afterAll(async () => {
  await docker(['rm', '-f', plain, tty, follower]).catch(() => undefined);
  berth?.dispose();
});

describe('containers.logs.follow', () => {
  it('tells stdout from stderr for a non-TTY container', async () => {
    const lines = await readAll({ id: plain, follow: false, tail: null });
    expect(lines).toHaveLength(10);
    expect(lines.filter((l) => l.stream === 'stdout').map((l) => l.text)).toEqual(
      ['1', '2', '3', '4', '5'].map((i) => `out-${i}`),
    );
    expect(lines.filter((l) => l.stream === 'stderr').map((l) => l.text)).toEqual(
      ['1', '2', '3', '4', '5'].map((i) => `err-${i}`),
    );
  });

  it('reads a TTY container raw, with its ANSI colours', async () => {
    const lines = await readAll({ id: tty, follow: false, tail: null });
    expect(lines.map((l) => l.text)).toEqual(['\u001b[32mgreen\u001b[0m', 'tty-line']);
    expect(lines.every((l) => l.stream === 'stdout')).toBe(true);
  });

  it('honours tail, timestamps and since', async () => {
    const last = await readAll({ id: plain, follow: false, tail: 2 });
    // stdout and stderr are separate pipes, so the engine may log them slightly out of order.
    expect(last).toHaveLength(2);
    for (const line of last) expect(['out-4', 'err-4', 'out-5', 'err-5']).toContain(line.text);

    const stamped = await readAll({ id: plain, follow: false, tail: 1, timestamps: true });
    expect(stamped[0]!.text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d+Z (out|err)-[45]$/);

    expect(await readAll({ id: plain, follow: false, tail: null, since: '2030-01-01T00:00:00Z' })).toEqual(
      [],
    );
    expect(await readAll({ id: plain, follow: false, tail: null, since: '1h' })).toHaveLength(10);
  });

  it('follows new lines, and leaving stops the engine stream', async () => {
    const controller = new AbortController();
    const docker = backend.engine.api();
    const feed = containerLogs(
      docker,
      { id: follower, follow: true, tail: null },
      controller.signal,
      backend.services.logs,
    );
    const seen: string[] = [];
    const reader = (async () => {
      for await (const event of feed) {
        if (event.type === 'lines') for (const run of event.runs) seen.push(...runLines(run));
      }
    })();
    await waitForValue(() => (seen.includes('first') ? true : undefined), 'the first line');
    await dockerCli(env.dockerHost, ['exec', follower, 'sh', '-c', 'echo appended > /proc/1/fd/1']);
    await waitForValue(() => (seen.includes('appended') ? true : undefined), 'a followed line');

    controller.abort();
    await reader; // the generator returns once the subscriber leaves
    await dockerCli(env.dockerHost, ['exec', follower, 'sh', '-c', 'echo after-leave > /proc/1/fd/1']);
    expect(seen).not.toContain('after-leave');
  });

  it('batches a large log and delivers every line in order', async () => {
    const name = `it-logs-big-${suffix}`;
    await docker(['run', '--name', name, env.busyboxImage, 'seq', '100000']);
    try {
      const events = await appRouter
        .createCaller(backend.context())
        .containers.logs.follow({ id: name, follow: false, tail: null });
      let count = 0;
      let batches = 0;
      let last = '';
      for await (const event of events as AsyncIterable<LogEvent>) {
        if (event.type === 'end') break;
        batches++;
        for (const run of event.runs) {
          const lines = runLines(run);
          expect(lines).toHaveLength(run.lines);
          count += run.lines;
          last = lines[lines.length - 1] ?? last;
        }
      }
      expect(count).toBe(100000);
      expect(last).toBe('100000');
      expect(batches).toBeLessThan(count / 100);
    } finally {
      await docker(['rm', '-f', name]);
    }
  });

  it('sends a named feed only a window ahead of what its receiver acknowledges', async () => {
    const name = `it-logs-window-${suffix}`;
    await docker(['run', '--name', name, env.busyboxImage, 'seq', '20000']);
    const feedId = randomUUID();
    const controller = new AbortController();
    const feed = containerLogs(
      backend.engine.api(),
      { id: name, follow: false, tail: null, feedId },
      controller.signal,
      backend.services.logs,
      { windowChars: 1000, maxBatchChars: 600, intervalMs: 0 },
    );
    try {
      let sent = 0;
      let lines = 0;
      while (sent < 1000) {
        const next = await feed.next();
        if (next.done || next.value.type !== 'lines') throw new Error('the feed ended early');
        for (const run of next.value.runs) {
          sent += run.text.length;
          lines += run.lines;
        }
      }
      // The window is full: nothing more until the receiver acknowledges.
      const held = feed.next();
      const state = await Promise.race([held.then(() => 'sent'), delay(300).then(() => 'held')]);
      expect(state).toBe('held');
      await berth.caller().containers.logs.ack({ feedId, chars: sent });
      const resumed = await held;
      expect(resumed.done).toBe(false);
      // Acknowledging everything as it comes delivers every line, in order.
      let last = '';
      for (let next = resumed; !next.done && next.value.type === 'lines'; next = await feed.next()) {
        for (const run of next.value.runs) {
          sent += run.text.length;
          lines += run.lines;
          last = runLines(run).at(-1) ?? last;
        }
        backend.services.logs.ack(feedId, sent);
      }
      expect(last).toBe('20000');
      expect(lines).toBe(20000);
    } finally {
      controller.abort();
      await feed.return(undefined);
      await docker(['rm', '-f', name]);
    }
  });

  it("reports an unknown container in the engine's words", async () => {
    await expect(readAll({ id: `missing-${suffix}`, follow: false })).rejects.toThrow(/No such container/i);
  });
});
