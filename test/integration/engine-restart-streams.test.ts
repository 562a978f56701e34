// The Logs tab's feed and an exec session across a dockerd SIGKILL and restart. A private
// dockerd of this file's own is crashed (the shared one must not restart under other tests):
// the followed feed ends saying the engine was lost (not "end of log"), the shell says the same
// (not "process exited"), and once the engine is back and the container runs again, a feed from
// the last feed's resume point holds exactly the new lines: none twice, none lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEvent, TerminalEvent } from '@shared/api/container-details';
import { runLines } from '@shared/api/container-details';
import { dockerCli } from '../harness/cli';
import { startDockerd, type Dockerd } from '../harness/dockerd';
import { ensureBusybox } from '../harness/images';
import { startBackend, type TestBackend } from '../support/backend';
import { uniqueName } from '../support/names';
import { runRestartingContainer } from '../support/restarting-container';
import { waitForValue } from '../support/wait';

let engine: Dockerd;
let image: string;
let berth: TestBackend;

beforeAll(async () => {
  engine = await startDockerd();
  image = await ensureBusybox(engine.host);
  berth = await startBackend(engine.host);
}, 120_000);

afterAll(async () => {
  berth?.dispose();
  await engine?.stop();
}, 60_000);

/** Reads a subscription into `events` until it ends; resolves then. */
function drain<T>(feed: AsyncIterable<T>, events: T[]): Promise<void> {
  return (async () => {
    for await (const event of feed) events.push(event);
  })();
}

function lineTexts(events: LogEvent[]): string[] {
  return events.flatMap((event) => (event.type === 'lines' ? event.runs.flatMap(runLines) : []));
}

describe('a dockerd SIGKILL and restart', () => {
  it('ends the followed log and the shell as "engine lost", and the log resumes without gaps or repeats', async () => {
    const docker = (args: string[]) => dockerCli(engine.host, args);
    const name = uniqueName('it-crash');
    await runRestartingContainer(engine.host, image, name);
    const firstStart = (await docker(['inspect', '--format', '{{.State.StartedAt}}', name])).trim();

    const logs = new AbortController();
    const logEvents: LogEvent[] = [];
    const logFeed = drain(
      (await berth
        .caller(logs.signal)
        .containers.logs.follow({ id: name, follow: true, tail: null })) as AsyncIterable<LogEvent>,
      logEvents,
    );
    await waitForValue(() => (lineTexts(logEvents).length === 1 ? true : undefined), 'the first run line');

    const exec = await berth.caller().containers.terminal.exec({ id: name, shell: 'sh', user: '' });
    const shell = new AbortController();
    const shellEvents: TerminalEvent[][] = [];
    const shellFeed = drain(
      (await berth.caller(shell.signal).containers.terminal.output({
        sessionId: exec.sessionId,
      })) as AsyncIterable<TerminalEvent[]>,
      shellEvents,
    );
    await berth
      .caller()
      .containers.terminal.input({ sessionId: exec.sessionId, data: 'echo shell-$((6*7))\r' });
    const shellText = () =>
      shellEvents
        .flat()
        .map((event) => (event.type === 'data' ? event.data : ''))
        .join('');
    await waitForValue(() => (shellText().includes('shell-42') ? true : undefined), 'the shell to answer');
    const statusBefore = berth.backend.engine.status().since;

    await engine.crash();

    // Both streams end by themselves, each saying the engine went away.
    await logFeed;
    expect(logEvents.at(-1)).toEqual({ type: 'end', dropped: 0, engineLost: true });
    await shellFeed;
    expect(shellEvents.flat().at(-1)).toEqual({ type: 'lost' });
    const resumeSince = logEvents
      .flatMap((event) => (event.type === 'lines' ? [event.resumeSince] : []))
      .at(-1);
    expect(resumeSince).toMatch(/^\d+\.\d{9}$/);

    await engine.resume();
    // Berth's own engine connection comes back (a new state since the crash), then the container.
    await waitForValue(
      () => {
        const status = berth.backend.engine.status();
        return status.state === 'connected' && status.since > statusBefore ? true : undefined;
      },
      'Berth to reconnect',
      { timeoutMs: 60_000, intervalMs: 50 },
    );
    await waitForValue(
      async () => {
        const [running, started] = (
          await docker(['inspect', '--format', '{{.State.Running}} {{.State.StartedAt}}', name])
        )
          .trim()
          .split(' ');
        return running === 'true' && started !== firstStart ? true : undefined;
      },
      'the container to run again',
      { timeoutMs: 60_000, intervalMs: 100 },
    );
    await waitForValue(
      async () => ((await docker(['logs', name])).trim().split('\n').length === 2 ? true : undefined),
      "the second run's line",
      { timeoutMs: 30_000, intervalMs: 100 },
    );

    // The resumed feed starts after the last line seen: only the second run's line.
    const resumed = new AbortController();
    const resumedEvents: LogEvent[] = [];
    const resumedFeed = drain(
      (await berth.caller(resumed.signal).containers.logs.follow({
        id: name,
        follow: true,
        tail: null,
        since: resumeSince!,
      })) as AsyncIterable<LogEvent>,
      resumedEvents,
    );
    const all = (await docker(['logs', name])).trim().split('\n');
    await waitForValue(() => (lineTexts(resumedEvents).length >= 1 ? true : undefined), 'the resumed line');
    expect(lineTexts(resumedEvents)).toEqual([all[1]]);
    expect(all[0]).toBe(lineTexts(logEvents)[0]);
    expect(all[1]).not.toBe(all[0]);
    resumed.abort();
    await resumedFeed;

    await docker(['rm', '-f', name]);
  }, 180_000);
});
