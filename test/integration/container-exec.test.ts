// Interactive exec sessions against a real dockerd, through the router: bash-or-sh detection,
// an input/output round trip, resize, and the shell's exit code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TerminalEvent } from '@shared/api/container-details';
import { detectShell } from '@core/containers/exec-sessions';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startBackend, type TestBackend } from '../support/backend';
import { containerFixture } from '../support/containers';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const containers = containerFixture(env.dockerHost);
const name = containers.name('it-exec');
const withBash = containers.name('it-exec-bash');
let berth: TestBackend;

beforeAll(async () => {
  berth = await startBackend(env.dockerHost);
  await docker(['run', '-d', '--name', name, env.busyboxImage, 'sleep', '300']);
  // A container where "bash" exists (busybox's sh under that name), to see detection choose it.
  await docker([
    'run',
    '-d',
    '--name',
    withBash,
    env.busyboxImage,
    'sh',
    '-c',
    'ln -s /bin/sh /bin/bash; sleep 300',
  ]);
});

afterAll(() => berth?.dispose());

describe('exec sessions', () => {
  it('detects bash when present, else sh', async () => {
    const api = berth.backend.engine.api();
    expect(await detectShell(api.getContainer(name))).toBe('sh');
    await waitForValue(
      async () => ((await docker(['exec', withBash, 'ls', '/bin/bash']).catch(() => '')) ? true : undefined),
      'the bash link',
    );
    expect(await detectShell(api.getContainer(withBash))).toBe('bash');
  });

  it('round-trips input and output, resizes, and reports the exit code', async () => {
    const api = berth.caller();
    const started = await api.containers.terminal.exec({ id: name, shell: 'auto', user: 'root' });
    expect(started.shell).toBe('sh');

    const controller = new AbortController();
    const output = await berth
      .caller(controller.signal)
      .containers.terminal.output({ sessionId: started.sessionId });
    let text = '';
    let exit: number | null | undefined;
    const reader = (async () => {
      for await (const batch of output as AsyncIterable<TerminalEvent[]>)
        for (const event of batch) {
          if (event.type === 'data') text += event.data;
          else if (event.type === 'exit') exit = event.code;
        }
    })();

    await api.containers.terminal.resize({ sessionId: started.sessionId, cols: 120, rows: 40 });
    await api.containers.terminal.input({ sessionId: started.sessionId, data: 'echo hi-$((40+2))\r' });
    await waitForValue(() => (text.includes('hi-42') ? true : undefined), 'echo output');
    await api.containers.terminal.input({ sessionId: started.sessionId, data: 'stty size\r' });
    await waitForValue(() => (text.includes('40 120') ? true : undefined), 'the new terminal size');

    await api.containers.terminal.input({ sessionId: started.sessionId, data: 'exit 3\r' });
    await reader;
    expect(exit).toBe(3);
    await expect(api.containers.terminal.input({ sessionId: started.sessionId, data: 'x' })).rejects.toThrow(
      /ended/,
    );
  });

  it('closes the session when the subscriber leaves', async () => {
    const api = berth.caller();
    const started = await api.containers.terminal.exec({ id: name, shell: 'sh', user: 'root' });
    const controller = new AbortController();
    const output = await berth
      .caller(controller.signal)
      .containers.terminal.output({ sessionId: started.sessionId });
    let text = '';
    const reader = (async () => {
      for await (const batch of output as AsyncIterable<TerminalEvent[]>)
        for (const event of batch) if (event.type === 'data') text += event.data;
    })();
    await api.containers.terminal.input({ sessionId: started.sessionId, data: 'echo ready\r' });
    await waitForValue(() => (text.includes('ready') ? true : undefined), 'the shell');
    controller.abort();
    await reader;
    // This session is gone (not a count of every session in the process).
    await expect(api.containers.terminal.input({ sessionId: started.sessionId, data: 'x' })).rejects.toThrow(
      /ended/,
    );
    // The shell went away with the session: only `sleep 300` remains.
    await waitForValue(async () => {
      const ps = await docker(['top', name]);
      return ps.split('\n').some((line) => / sh$/.test(line.trim())) ? undefined : true;
    }, 'the shell to exit');
  });

  it('refuses an unknown user in the engine words', async () => {
    const api = berth.caller();
    const started = await api.containers.terminal.exec({ id: name, shell: 'sh', user: 'nobody-here' });
    const output = await berth.caller().containers.terminal.output({ sessionId: started.sessionId });
    const texts: string[] = [];
    let failure: unknown = null;
    try {
      for await (const batch of output as AsyncIterable<TerminalEvent[]>)
        for (const event of batch) if (event.type === 'data') texts.push(event.data);
    } catch (error) {
      failure = error;
    }
    // dockerd 20.10 reports it either as an API error or on the stream, then exits non-zero.
    expect(String(failure ?? '') + texts.join('')).toMatch(
      /nobody-here|unable to find user|no matching entries/i,
    );
  });
});
