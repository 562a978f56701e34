// Live stats against a real dockerd: a busy container's samples have sane values, one engine stream
// serves every subscriber and closes after the last one leaves, and the router's subscriptions work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatsEvent, StatsHub } from '@core/containers/stats-hub';
import type { Engine } from '@core/engine/engine';
import type { StatsSample } from '@shared/stats/sample';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { waitForValue } from '../support/wait';
import { startBackend, type TestBackend } from '../support/backend';
import { containerFixture } from '../support/containers';
import { runId } from '../support/names';
const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const containers = containerFixture(env.dockerHost);
const suffix = runId;
const busy = `it-stats-busy-${suffix}`;
const idle = `it-stats-idle-${suffix}`;

let berth: TestBackend;
let engine: Engine;
let busyId: string;

/** The backend's stats hub for its engine. */
const statsHubFor = (of: Engine): StatsHub => berth.backend.services.stats.for(of);

/** Subscribes to one container's stats: `seen` collects the events until stop(). */
function watch(id: string): { seen: StatsEvent[]; stop: () => void } {
  const seen: StatsEvent[] = [];
  const stop = statsHubFor(engine).subscribe(id, (event) => seen.push(event));
  return { seen, stop };
}

const untilSample = (seen: StatsEvent[], what: string) =>
  waitForValue(() => (seen.some((e) => e.type === 'sample') ? true : undefined), what, { timeoutMs: 20_000 });

const untilStopped = (seen: StatsEvent[], what: string) =>
  waitForValue(() => (seen[seen.length - 1]?.type === 'stopped' ? true : undefined), what, {
    timeoutMs: 20_000,
  });

/** Waits until the engine's model lists a container named `name`. */
const listed = (name: string) =>
  waitForValue(() => engine.containers.list().find((c) => c.name === name), `${name} in the model`);

beforeAll(async () => {
  busyId = await docker([
    'run',
    '-d',
    '--name',
    busy,
    '--memory',
    '64m',
    env.busyboxImage,
    'sh',
    '-c',
    'while :; do :; done',
  ]);
  await docker(['run', '-d', '--name', idle, env.busyboxImage, 'sleep', '600']);
  berth = await startBackend(env.dockerHost);
  engine = berth.backend.engine;
});

afterAll(async () => {
  await berth?.dispose();
  await docker(['rm', '-f', busy, idle]).catch(() => undefined);
});

describe('stats hub', () => {
  it('yields computed samples with sane values for a busy container', async () => {
    const hub = statsHubFor(engine);
    const samples: StatsSample[] = [];
    const stop = hub.subscribe(busyId, (event) => {
      if (event.type === 'sample') samples.push(event.sample);
    });
    try {
      await waitForValue(
        () => (samples.length >= 3 && samples.some((s) => (s.cpuPercent ?? 0) > 1) ? true : undefined),
        'three samples, one busy',
        {
          timeoutMs: 20_000,
        },
      );
      const last = samples[samples.length - 1]!;
      // A spinning shell uses CPU (how much depends on the machine's load), never more than all cores.
      expect(samples.some((sample) => (sample.cpuPercent ?? 0) > 1)).toBe(true);
      // The first reading comes at once, with memory but no CPU % (nothing to measure against).
      expect(samples[0]!.cpuPercent).toBeNull();
      expect(samples[0]!.memoryBytes).toBeGreaterThan(0);
      expect(last.cpuPercent).toBeLessThanOrEqual(100 * 64);
      expect(last.memoryLimit).toBe(64 * 1024 * 1024);
      expect(last.memoryBytes).toBeGreaterThan(0);
      expect(last.memoryBytes).toBeLessThan(last.memoryLimit);
      expect(last.pids).toBeGreaterThanOrEqual(1);
      expect(last.time).toBeGreaterThan(samples[0]!.time);
    } finally {
      stop();
    }
  });

  it('shares one engine stream between subscribers and closes it after the last one leaves', async () => {
    const hub = statsHubFor(engine);
    const before = hub.counters();
    expect(before.openStreams).toBe(0);
    const { seen: seenA, stop: stopA } = watch(idle);
    const { seen: seenB, stop: stopB } = watch(idle);
    await waitForValue(() => (seenA.length > 0 && seenB.length > 0 ? true : undefined), 'samples for both');
    expect(hub.counters()).toMatchObject({ openStreams: 1, openedTotal: before.openedTotal + 1, watched: 1 });
    stopA();
    expect(hub.counters().openStreams).toBe(1);
    stopB();
    expect(hub.counters()).toMatchObject({ openStreams: 0, closedTotal: before.closedTotal + 1, watched: 0 });
  });

  it('says "stopped" for a container that is not running, and resumes when it starts', async () => {
    const name = containers.name('it-stats-later');
    await docker(['create', '--name', name, env.busyboxImage, 'sleep', '600']);
    await listed(name);
    const hub = statsHubFor(engine);
    const { seen, stop } = watch(name);
    try {
      expect(seen[0]).toEqual({ type: 'stopped' });
      expect(hub.counters().openStreams).toBe(0);
      await docker(['start', name]);
      await untilSample(seen, 'a sample after start');
      await docker(['stop', '-t', '0', name]);
      await untilStopped(seen, 'stopped again');
      expect(hub.counters().openStreams).toBe(0);
    } finally {
      stop();
    }
  });

  it('reopens the engine stream after the engine reconnects', async () => {
    const hub = statsHubFor(engine);
    let samples = 0;
    const stop = hub.subscribe(idle, (event) => {
      if (event.type === 'sample') samples++;
    });
    try {
      await waitForValue(() => (samples > 0 ? true : undefined), 'a first sample');
      const opened = hub.counters().openedTotal;
      engine.reconnect();
      await waitForValue(
        () => (hub.counters().openedTotal > opened ? true : undefined),
        'a reopened stream',
        {
          timeoutMs: 20_000,
        },
      );
      const after = samples;
      await waitForValue(() => (samples > after ? true : undefined), 'samples after the reconnect', {
        timeoutMs: 20_000,
      });
      expect(hub.counters().openStreams).toBe(1);
    } finally {
      stop();
    }
  });

  it('says "stopped" and drops the stream when a watched container is removed', async () => {
    const name = await containers.run('it-stats-gone', [env.busyboxImage, 'sleep', '600']);
    await listed(name);
    const { seen, stop } = watch(name);
    try {
      await untilSample(seen, 'a sample');
      await docker(['rm', '-f', name]);
      await untilStopped(seen, 'stopped');
      expect(statsHubFor(engine).counters().openStreams).toBe(0);
    } finally {
      stop();
    }
  });

  it('reports an unknown container in the engine’s words', async () => {
    const { seen, stop } = watch(`missing-${suffix}`);
    try {
      const error = await waitForValue(() => seen.find((e) => e.type === 'error'), 'an error');
      expect(error).toMatchObject({ type: 'error', message: expect.stringMatching(/No such container/i) });
    } finally {
      stop();
    }
  });
});

describe('stats procedures', () => {
  const caller = (signal: AbortSignal) => berth.caller(signal);

  it('stats.followMany yields CPU and memory for each requested container, then stops its streams', async () => {
    const controller = new AbortController();
    const feed = await caller(controller.signal).containers.stats.followMany({ ids: [busy, idle] });
    const seen = new Map<string, number>();
    let batches = 0;
    for await (const batch of feed) {
      for (const brief of batch) if (brief.cpuPercent !== null) seen.set(brief.id, brief.cpuPercent);
      if ((seen.size === 2 && (seen.get(busy) ?? 0) > 1) || ++batches >= 60) break;
    }
    controller.abort();
    expect(seen.get(busy)).toBeGreaterThan(1);
    // A sleeping container's CPU is (close to) nothing, well below the spinning one's.
    expect(seen.get(idle)).toBeLessThan(seen.get(busy)!);
    await waitForValue(
      () => (statsHubFor(engine).counters().openStreams === 0 ? true : undefined),
      'streams closed',
    );
  });

  it('stats yields samples one at a time', async () => {
    const controller = new AbortController();
    const feed = await caller(controller.signal).containers.stats.follow({ id: busy });
    let samples = 0;
    for await (const event of feed) {
      if (event.type === 'sample') samples++;
      if (samples >= 2) break;
    }
    controller.abort();
    expect(samples).toBe(2);
  });
});
