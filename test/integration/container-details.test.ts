// The details page's inspect and top procedures against a real dockerd, through the router.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { runId } from '../support/names';
import { startBackend, type TestBackend } from '../support/backend';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = runId;
const running = `it-details-${suffix}`;
const stopped = `it-details-stopped-${suffix}`;
let berth: TestBackend;
const caller = () => berth.caller();

beforeAll(async () => {
  berth = await startBackend(env.dockerHost);
  await docker([
    'run',
    '-d',
    '--name',
    running,
    '-e',
    'DB_PASSWORD=hunter2',
    '-e',
    'PLAIN=visible',
    '--label',
    'berth.test=details',
    '-p',
    '127.0.0.1::8080',
    env.busyboxImage,
    'sleep',
    '300',
  ]);
  await docker(['create', '--name', stopped, env.busyboxImage, 'true']);
});

afterAll(async () => {
  await docker(['rm', '-f', running, stopped]).catch(() => undefined);
  berth?.dispose();
});

describe('containers.inspect', () => {
  it('returns the overview and the raw inspect JSON', async () => {
    const details = await caller().containers.inspect({ id: running });
    expect(details.name).toBe(running);
    expect(details.image).toBe(env.busyboxImage);
    expect(details.command).toBe('sleep 300');
    expect(details.running).toBe(true);
    expect(details.state).toBe('running');
    expect(details.restartCount).toBe(0);
    expect(details.env).toContainEqual({ key: 'DB_PASSWORD', value: 'hunter2' });
    expect(details.labels).toContainEqual({ key: 'berth.test', value: 'details' });
    expect(details.ports).toHaveLength(1);
    expect(details.ports[0]).toMatchObject({ containerPort: '8080/tcp', hostIp: '127.0.0.1' });
    expect(Number(details.ports[0]!.hostPort)).toBeGreaterThan(0);
    expect(details.networks.map((n) => n.name)).toContain('bridge');
    expect(details.networks[0]!.ipAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect((details.raw as { Id: string }).Id).toBe(details.id);
  });

  it("reports an unknown container in the engine's words", async () => {
    await expect(caller().containers.inspect({ id: `missing-${suffix}` })).rejects.toThrow(
      /No such container/i,
    );
  });
});

describe('containers.top', () => {
  it('lists the processes with the engine titles', async () => {
    const top = await caller().containers.top({ id: running });
    expect(top.running).toBe(true);
    expect(top.titles).toContain('PID');
    expect(top.titles).toContain('CMD');
    const cmd = top.titles.indexOf('CMD');
    expect(top.processes.some((row) => row[cmd]?.includes('sleep 300'))).toBe(true);
  });

  it('says a stopped container is not running', async () => {
    expect(await caller().containers.top({ id: stopped })).toEqual({
      running: false,
      titles: [],
      processes: [],
    });
  });
});
