// Attach sessions against a real dockerd, through the router: `docker start -a` (attach first,
// then start, so the first line is there), stdin to `sh -i` without a TTY, a TTY resize, the exit
// code, stderr marked on non-TTY output, and a detach that leaves the container running.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TerminalEvent } from '../../src/shared/api/container-details';
import { createBackend, type Backend } from '../../src/main/core/backend';
import { terminalSessions } from '../../src/main/core/containers/terminal-sessions';
import { appRouter } from '../../src/main/core/router';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = `${process.pid}-${Date.now().toString(36)}`;
const names: string[] = [];
let backend: Backend;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'berth-attach-'));
  backend = createBackend({ settingsPath: path.join(dir, 'settings.json'), engineOverride: env.dockerHost });
  await waitForValue(() => (backend.engine.status().state === 'connected' ? true : undefined), 'engine');
});

afterAll(async () => {
  if (names.length) await docker(['rm', '-f', ...names]).catch(() => undefined);
  backend.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function create(flags: string[], command: string[]): Promise<string> {
  const name = `it-attach-${names.length}-${suffix}`;
  names.push(name);
  await docker(['create', '--name', name, ...flags, env.busyboxImage, ...command]);
  return name;
}

/** Subscribes to a session's output; `events` fills as batches arrive, `done` ends with it. */
async function follow(sessionId: string, signal?: AbortSignal) {
  const output = await appRouter
    .createCaller(backend.context(), { signal })
    .containers.terminalOutput({ sessionId });
  const events: TerminalEvent[] = [];
  const done = (async () => {
    for await (const batch of output as AsyncIterable<TerminalEvent[]>) events.push(...batch);
  })();
  const text = () => events.map((event) => (event.type === 'data' ? event.data : '')).join('');
  const ending = () => events.find((event) => event.type !== 'data');
  return { events, done, text, ending };
}

describe('attach sessions', () => {
  it('starts after attaching: the first line, stderr marked, and the exit code', async () => {
    const name = await create(
      [],
      ['sh', '-c', 'echo first-line; echo to-stderr >&2; sleep 0.3; echo last-line; exit 7'],
    );
    const api = appRouter.createCaller(backend.context());
    const started = await api.containers.attachStart({ id: name, start: true });
    expect(started).toMatchObject({ tty: false, stdin: false, starting: true });

    const session = await follow(started.sessionId);
    await session.done;
    expect(session.text()).toContain('first-line\n');
    expect(session.text()).toContain('last-line\n');
    expect(session.events).toContainEqual({ type: 'data', data: 'to-stderr\n', stderr: true });
    expect(session.ending()).toEqual({ type: 'exit', code: 7 });
    expect(terminalSessions.size).toBe(0);
  });

  it('sends stdin to sh -i without a TTY', async () => {
    const name = await create(['-i'], ['sh']);
    const api = appRouter.createCaller(backend.context());
    const started = await api.containers.attachStart({ id: name, start: true });
    expect(started).toMatchObject({ tty: false, stdin: true });
    // Typed before the stream opens: kept and sent once it does.
    await api.containers.terminalInput({ sessionId: started.sessionId, data: 'echo in-$((6*7))\n' });
    const session = await follow(started.sessionId);
    await waitForValue(() => (session.text().includes('in-42') ? true : undefined), 'the echo');
    await api.containers.terminalInput({ sessionId: started.sessionId, data: 'exit 4\n' });
    await session.done;
    expect(session.ending()).toEqual({ type: 'exit', code: 4 });
  });

  it('resizes a TTY and reports its exit', async () => {
    const name = await create(['-it'], ['sh']);
    const api = appRouter.createCaller(backend.context());
    const started = await api.containers.attachStart({ id: name, start: true, cols: 80, rows: 24 });
    expect(started).toMatchObject({ tty: true, stdin: true });
    const session = await follow(started.sessionId);
    await waitForValue(async () => {
      const state = await docker(['inspect', '-f', '{{.State.Running}}', name]);
      return state === 'true' ? true : undefined;
    }, 'the container to run');
    await api.containers.terminalResize({ sessionId: started.sessionId, cols: 101, rows: 33 });
    await api.containers.terminalInput({ sessionId: started.sessionId, data: 'stty size\r' });
    await waitForValue(() => (session.text().includes('33 101') ? true : undefined), 'the new size');
    await api.containers.terminalInput({ sessionId: started.sessionId, data: 'exit 5\r' });
    await session.done;
    expect(session.ending()).toEqual({ type: 'exit', code: 5 });
  });

  it('attaches to a running container and detaches without stopping it', async () => {
    const name = await create(['-it'], ['sh']);
    await docker(['start', name]);
    const api = appRouter.createCaller(backend.context());
    // Asked to start one that already runs, it just attaches.
    const unused = await api.containers.attachStart({ id: name, start: true });
    expect(unused.starting).toBe(false);
    terminalSessions.end(unused.sessionId);
    const started = await api.containers.attachStart({ id: name });
    const controller = new AbortController();
    const session = await follow(started.sessionId, controller.signal);
    await api.containers.terminalInput({ sessionId: started.sessionId, data: 'echo live-$((2+3))\r' });
    await waitForValue(() => (session.text().includes('live-5') ? true : undefined), 'the echo');
    controller.abort();
    await session.done;
    expect(terminalSessions.size).toBe(0);
    // Still running, and still the same shell: a new attach reaches it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await docker(['inspect', '-f', '{{.State.Running}}', name])).toBe('true');
  });

  it('refuses a live attach to a stopped container in words', async () => {
    const name = await create([], ['true']);
    const api = appRouter.createCaller(backend.context());
    await expect(api.containers.attachStart({ id: name })).rejects.toThrow(/not running/);
    await expect(
      api.containers.terminalInput({ sessionId: '00000000-0000-0000-0000-000000000000', data: 'x' }),
    ).rejects.toThrow(/ended/);
  });
});
