// Volumes and networks in the model follow engine events: create, use by a container, remove.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@core/engine/engine';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { waitForValue } from '../support/wait';
import { startBackend, type TestBackend } from '../support/backend';
import { runId } from '../support/names';
const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = runId;
let berth: TestBackend;
let engine: Engine;

beforeAll(async () => {
  berth = await startBackend(env.dockerHost);
  engine = berth.backend.engine;
});

afterAll(() => berth?.dispose());

describe('volumes and networks in the model', () => {
  it('lists the default networks with their subnets', () => {
    const bridge = engine.networks.list().find((network) => network.name === 'bridge');
    expect(bridge?.driver).toBe('bridge');
    expect(bridge?.subnets.length).toBeGreaterThan(0);
    expect(engine.networks.list().map((network) => network.name)).toEqual(
      expect.arrayContaining(['bridge', 'host', 'none']),
    );
  });

  it('follows a volume and a network through creation, use and removal', async () => {
    const volume = `it-vol-${suffix}`;
    const network = `it-net-${suffix}`;
    const container = `it-user-${suffix}`;
    try {
      await docker(['volume', 'create', '--label', 'purpose=test', volume]);
      await docker(['network', 'create', '--subnet', '10.231.7.0/24', network]);
      const createdVolume = await waitForValue(() => engine.volumes.get(volume), 'volume in the model');
      expect(createdVolume).toMatchObject({ driver: 'local', containers: 0, labels: { purpose: 'test' } });
      const createdNetwork = await waitForValue(
        () => engine.networks.list().find((n) => n.name === network),
        'network in the model',
      );
      expect(createdNetwork.subnets).toEqual(['10.231.7.0/24']);

      await docker([
        'create',
        '--name',
        container,
        '-v',
        `${volume}:/data`,
        '--network',
        network,
        env.busyboxImage,
        'sleep',
        '300',
      ]);
      await waitForValue(
        () => (engine.volumes.get(volume)?.containers === 1 ? true : undefined),
        'volume user',
      );
      // As `docker network inspect` counts: a created container has no endpoint yet; a running one has.
      expect(engine.networks.get(createdNetwork.id)?.containers).toBe(0);
      await docker(['start', container]);
      await waitForValue(
        () => (engine.networks.get(createdNetwork.id)?.containers === 1 ? true : undefined),
        'network user',
      );

      await docker(['rm', '-f', container]);
      await waitForValue(
        () => (engine.volumes.get(volume)?.containers === 0 ? true : undefined),
        'volume unused',
      );
      await docker(['volume', 'rm', volume]);
      await docker(['network', 'rm', network]);
      await waitForValue(() => (engine.volumes.get(volume) ? undefined : true), 'volume gone');
      await waitForValue(() => (engine.networks.get(createdNetwork.id) ? undefined : true), 'network gone');
    } finally {
      await docker(['rm', '-f', container]).catch(() => undefined);
      await docker(['volume', 'rm', '-f', volume]).catch(() => undefined);
      await docker(['network', 'rm', network]).catch(() => undefined);
    }
  });
});
