// Attach sessions against a real dockerd, through the router: `docker start -a` (attach first,
// then start, so the first line is there), stdin to `sh -i` without a TTY, a TTY resize, the exit
// code, stderr marked on non-TTY output, and a detach that leaves the container running.
// Everything waits on what the session or the engine says (no sleeps), and each test checks its
// own session (never the process-wide session count, which other sessions share).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TerminalEvent } from '@shared/api/container-details';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startBackend, type Caller, type TestBackend } from '../support/backend';
import { containerFixture } from '../support/containers';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const containers = containerFixture(env.dockerHost);
let berth: TestBackend;

beforeAll(async () => {
  berth = await startBackend(env.dockerHost);
});

afterAll(() => berth?.dispose());

async function create(flags: string[], command: string[]): Promise<string> {
  const name = containers.name('it-attach');
  await docker(['create', '--name', name, ...flags, env.busyboxImage, ...command]);
  return name;
}

/** This session is gone from the registry: input to it is refused as ended. */
async function expectEnded(api: Caller, sessionId: string): Promise<void> {
  await expect(api.containers.terminal.input({ sessionId, data: 'x' })).rejects.toThrow(/ended/);
}

/** Subscribes to a session's output; `events` fills as batches arrive, `done` ends with it. */
async function follow(sessionId: string, signal?: AbortSignal) {
  const output = await berth.caller(signal).containers.terminal.output({ sessionId });
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
    const api = berth.caller();
    const started = await api.containers.terminal.attach({ id: name, start: true });
    expect(started).toMatchObject({ tty: false, stdin: false, starting: true });

    const session = await follow(started.sessionId);
    await session.done;
    expect(session.text()).toContain('first-line\n');
    expect(session.text()).toContain('last-line\n');
    expect(session.events).toContainEqual({ type: 'data', data: 'to-stderr\n', stderr: true });
    expect(session.ending()).toEqual({ type: 'exit', code: 7 });
    await expectEnded(api, started.sessionId);
  });

  it('sends stdin to sh -i without a TTY', async () => {
    const name = await create(['-i'], ['sh']);
    const api = berth.caller();
    const started = await api.containers.terminal.attach({ id: name, start: true });
    expect(started).toMatchObject({ tty: false, stdin: true });
    // Typed before the stream opens: kept and sent once it does.
    await api.containers.terminal.input({ sessionId: started.sessionId, data: 'echo in-$((6*7))\n' });
    const session = await follow(started.sessionId);
    await waitForValue(() => (session.text().includes('in-42') ? true : undefined), 'the echo');
    await api.containers.terminal.input({ sessionId: started.sessionId, data: 'exit 4\n' });
    await session.done;
    expect(session.ending()).toEqual({ type: 'exit', code: 4 });
  });

  it('resizes a TTY and reports its exit', async () => {
    const name = await create(['-it'], ['sh']);
    const api = berth.caller();
    const started = await api.containers.terminal.attach({ id: name, start: true, cols: 80, rows: 24 });
    expect(started).toMatchObject({ tty: true, stdin: true });
    const session = await follow(started.sessionId);
    // The shell's prompt: the stream is open and the shell reads its terminal.
    await waitForValue(() => (session.text().includes('# ') ? true : undefined), 'the prompt', {
      timeoutMs: 30_000,
    });
    // Sizes are applied in order (the session's first size cannot land after this one).
    await api.containers.terminal.resize({ sessionId: started.sessionId, cols: 101, rows: 33 });
    await api.containers.terminal.input({ sessionId: started.sessionId, data: 'stty size\r' });
    await waitForValue(() => (session.text().includes('33 101') ? true : undefined), 'the new size', {
      timeoutMs: 30_000,
    });
    await api.containers.terminal.input({ sessionId: started.sessionId, data: 'exit 5\r' });
    await session.done;
    expect(session.ending()).toEqual({ type: 'exit', code: 5 });
  });

  it('attaches to a running container and detaches without stopping it', async () => {
    const name = await create(['-it'], ['sh']);
    await docker(['start', name]);
    const api = berth.caller();
    // Asked to start one that already runs, it just attaches.
    const unused = await api.containers.terminal.attach({ id: name, start: true });
    expect(unused.starting).toBe(false);
    const leave = new AbortController();
    const first = await follow(unused.sessionId, leave.signal);
    leave.abort();
    await first.done;
    await expectEnded(api, unused.sessionId);
    const started = await api.containers.terminal.attach({ id: name });
    const controller = new AbortController();
    const session = await follow(started.sessionId, controller.signal);
    await api.containers.terminal.input({ sessionId: started.sessionId, data: 'echo live-$((2+3))\r' });
    await waitForValue(() => (session.text().includes('live-5') ? true : undefined), 'the echo');
    controller.abort();
    await session.done;
    await expectEnded(api, started.sessionId);
    // Still running, and still the same shell: a new attach reaches it and it still answers.
    const again = await api.containers.terminal.attach({ id: name });
    const stop = new AbortController();
    const second = await follow(again.sessionId, stop.signal);
    await api.containers.terminal.input({ sessionId: again.sessionId, data: 'echo still-$((3+4))\r' });
    await waitForValue(() => (second.text().includes('still-7') ? true : undefined), 'the same shell');
    stop.abort();
    await second.done;
    expect(await docker(['inspect', '-f', '{{.State.Running}}', name])).toBe('true');
  });

  it('refuses a live attach to a stopped container in words', async () => {
    const name = await create([], ['true']);
    const api = berth.caller();
    await expect(api.containers.terminal.attach({ id: name })).rejects.toThrow(/not running/);
    await expect(
      api.containers.terminal.input({ sessionId: '00000000-0000-0000-0000-000000000000', data: 'x' }),
    ).rejects.toThrow(/ended/);
  });
});
