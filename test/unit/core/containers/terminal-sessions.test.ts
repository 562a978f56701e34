// The terminal session registry with a fake driver (no engine): output is listened to before the
// driver's `opened` step runs (how attach starts a container without losing its first line),
// non-TTY frames are demultiplexed with stderr marked, early input is kept, input is refused
// when the process has no stdin, and leaving closes the stream through the driver.
import { Duplex } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { TerminalEvent } from '@shared/api/container-details';
import { outputDecoder, TerminalSessions, type SessionDriver } from '@core/containers/terminal-sessions';

function frame(type: 1 | 2, text: string | Buffer): Buffer {
  const payload = typeof text === 'string' ? Buffer.from(text) : text;
  const header = Buffer.alloc(8);
  header[0] = type;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

function fakeDriver(overrides: Partial<SessionDriver> = {}) {
  const written: string[] = [];
  const closed: Duplex[] = [];
  const stream = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, callback) {
      written.push(chunk.toString());
      callback();
    },
  });
  const driver: SessionDriver = {
    tty: true,
    stdin: true,
    open: async () => stream,
    resize: async () => undefined,
    finished: async () => ({ type: 'exit', code: 0 }),
    close: (s) => {
      closed.push(s);
      s.destroy();
    },
    ...overrides,
  };
  return { driver, stream, written, closed };
}

async function collect(feed: AsyncGenerator<TerminalEvent[]>): Promise<TerminalEvent[]> {
  const events: TerminalEvent[] = [];
  for await (const batch of feed) events.push(...batch);
  return events;
}

describe('outputDecoder', () => {
  it('passes TTY bytes through, keeping a character split across chunks', () => {
    const decode = outputDecoder(true);
    const bytes = Buffer.from('가\r\n');
    expect(decode(bytes.subarray(0, 2))).toEqual([]);
    expect(decode(bytes.subarray(2))).toEqual([{ type: 'data', data: '가\r\n' }]);
  });

  it('demultiplexes frames and marks stderr, across split frames', () => {
    const decode = outputDecoder(false);
    const chunk = Buffer.concat([frame(1, 'out\n'), frame(2, 'err\n'), frame(1, 'more')]);
    expect(decode(chunk.subarray(0, 15))).toEqual([{ type: 'data', data: 'out\n' }]);
    expect(decode(chunk.subarray(15))).toEqual([
      { type: 'data', data: 'err\n', stderr: true },
      { type: 'data', data: 'more' },
    ]);
  });
});

describe('TerminalSessions', () => {
  it('listens before the opened step, so output it causes is not lost', async () => {
    const sessions = new TerminalSessions();
    const fake = fakeDriver({
      tty: false,
      // Like starting a container: it prints at once, and exits.
      opened: async () => {
        fake.stream.push(frame(1, 'first-line\n'));
        fake.stream.push(null);
      },
      finished: async () => ({ type: 'exit', code: 7 }),
    });
    const id = sessions.create(fake.driver, { cols: 80, rows: 24 });
    const events = await collect(sessions.output(id, new AbortController().signal));
    expect(events).toEqual([
      { type: 'data', data: 'first-line\n' },
      { type: 'exit', code: 7 },
    ]);
    expect(sessions.size).toBe(0);
  });

  it('keeps input typed before the stream opened and sends it first; applies the size', async () => {
    const sessions = new TerminalSessions();
    const sizes: string[] = [];
    const fake = fakeDriver({ resize: async (cols, rows) => sizes.push(`${cols}x${rows}`) });
    const id = sessions.create(fake.driver, { cols: 100, rows: 30 });
    sessions.write(id, 'echo early\r');
    const controller = new AbortController();
    const feed = sessions.output(id, controller.signal);
    const first = feed.next();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.written).toEqual(['echo early\r']);
    expect(sizes).toEqual(['100x30']);
    sessions.write(id, 'x');
    expect(fake.written).toEqual(['echo early\r', 'x']);
    fake.stream.push('early\r\n');
    expect((await first).value).toEqual([{ type: 'data', data: 'early\r\n' }]);

    // Leaving closes the stream through the driver, once.
    controller.abort();
    await feed.return(undefined);
    expect(fake.closed).toEqual([fake.stream]);
    expect(() => sessions.write(id, 'y')).toThrow(/ended/);
  });

  it('ends with a detach when the stream closes but the process runs on', async () => {
    const sessions = new TerminalSessions();
    const fake = fakeDriver({ finished: async () => ({ type: 'detached' }) });
    const id = sessions.create(fake.driver, { cols: 80, rows: 24 });
    const events = collect(sessions.output(id, new AbortController().signal));
    await new Promise((resolve) => setTimeout(resolve, 10));
    fake.stream.push(null);
    expect(await events).toEqual([{ type: 'detached' }]);
  });

  it('refuses input when the process has no stdin, and a second subscriber', async () => {
    const sessions = new TerminalSessions();
    const fake = fakeDriver({ stdin: false });
    const id = sessions.create(fake.driver, { cols: 80, rows: 24 });
    expect(() => sessions.write(id, 'x')).toThrow(/does not take input/);
    const controller = new AbortController();
    const feed = sessions.output(id, controller.signal);
    const pending = feed.next();
    await expect(sessions.output(id, controller.signal).next()).rejects.toThrow(/already attached/);
    controller.abort();
    await pending;
    await feed.return(undefined);
    expect(sessions.size).toBe(0);
  });

  it('ends the session when the opened step fails, with the failure', async () => {
    const sessions = new TerminalSessions();
    const fake = fakeDriver({
      opened: async () => {
        throw new Error('port is already allocated');
      },
    });
    const id = sessions.create(fake.driver, { cols: 80, rows: 24 });
    await expect(collect(sessions.output(id, new AbortController().signal))).rejects.toThrow(
      /port is already allocated/,
    );
    expect(fake.closed).toHaveLength(1);
    expect(sessions.size).toBe(0);
  });

  it('says the engine connection was lost when the engine no longer answers', async () => {
    const sessions = new TerminalSessions();
    const refused = Object.assign(new Error('connect ECONNREFUSED /x/docker.sock'), { code: 'ECONNREFUSED' });
    const fake = fakeDriver({
      opened: async () => {
        fake.stream.push(null);
      },
      finished: () => Promise.reject(refused),
    });
    const id = sessions.create(fake.driver, { cols: 80, rows: 24 });
    expect(await collect(sessions.output(id, new AbortController().signal))).toEqual([{ type: 'lost' }]);
  });

  it('still says the process exited when the engine answers with an error', async () => {
    const sessions = new TerminalSessions();
    const gone = Object.assign(new Error('(HTTP code 404) no such exec'), { statusCode: 404 });
    const fake = fakeDriver({
      opened: async () => {
        fake.stream.push(null);
      },
      finished: () => Promise.reject(gone),
    });
    const id = sessions.create(fake.driver, { cols: 80, rows: 24 });
    expect(await collect(sessions.output(id, new AbortController().signal))).toEqual([
      { type: 'exit', code: null },
    ]);
  });

  it('applies sizes one at a time, so the last size asked for is the one that stays', async () => {
    const sessions = new TerminalSessions();
    const applied: string[] = [];
    const pending: Array<() => void> = [];
    // The engine answers each resize only when told to, the first one last.
    const fake = fakeDriver({
      resize: (cols, rows) =>
        new Promise<void>((resolve) => {
          pending.push(() => {
            applied.push(`${cols}x${rows}`);
            resolve();
          });
        }),
    });
    const id = sessions.create(fake.driver, { cols: 80, rows: 24 });
    const controller = new AbortController();
    const feed = sessions.output(id, controller.signal);
    const first = feed.next();
    await waitUntil(() => pending.length === 1);
    const resized = sessions.resize(id, 120, 40);
    // The second call waits for the first instead of racing it.
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(pending).toHaveLength(1);
    pending[0]!();
    await waitUntil(() => pending.length === 2);
    pending[1]!();
    await resized;
    expect(applied).toEqual(['80x24', '120x40']);
    controller.abort();
    fake.stream.push(null);
    await first;
    await feed.return(undefined);
  });

  it('dispose ends every session (subscribed or not) and its output, and refuses new ones', async () => {
    const sessions = new TerminalSessions();
    const subscribed = fakeDriver();
    const waiting = fakeDriver();
    const live = sessions.create(subscribed.driver, { cols: 80, rows: 24 });
    sessions.create(waiting.driver, { cols: 80, rows: 24 });
    // The subscriber never leaves: only dispose can end its feed.
    const feed = sessions.output(live, new AbortController().signal);
    const first = feed.next();
    await waitUntil(() => subscribed.stream.listenerCount('data') > 0);
    subscribed.stream.push('hello');
    expect((await first).value).toEqual([{ type: 'data', data: 'hello' }]);
    expect(sessions.feeding).toBe(1);
    expect(sessions.size).toBe(2);
    const rest = (async () => {
      for (let next = await feed.next(); !next.done; next = await feed.next());
    })();
    sessions.dispose();
    await rest;
    expect(subscribed.closed).toEqual([subscribed.stream]);
    expect(sessions.size).toBe(0);
    expect(sessions.feeding).toBe(0);
    expect(() => sessions.create(fakeDriver().driver, { cols: 80, rows: 24 })).toThrow(/shutting down/);
  });
});

/** Lets pending promise callbacks run until `ready()` holds (bounded; no timers). */
async function waitUntil(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !ready(); i++) await new Promise((resolve) => setImmediate(resolve));
  if (!ready()) throw new Error('condition not reached');
}
