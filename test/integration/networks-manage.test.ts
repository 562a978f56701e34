// Networks through Berth against the real engine: create with every option, connect with an
// alias and disconnect (counts equal `docker network inspect`), removal refusals in words, and a
// prune of exactly the preview.
import { describe, expect, it } from 'vitest';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { backendFixture } from '../support/backend-fixture';
import { engineObjectsFixture } from '../support/containers';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const t = backendFixture(env.dockerHost);
const made = engineObjectsFixture(env.dockerHost);
const { containers } = made;

const inspectCount = async (network: string) =>
  Number((await docker(['network', 'inspect', '-f', '{{len .Containers}}', network])).trim());

const modelCount = (name: string, expected: number) =>
  waitForValue(() => {
    const network = t.berth.backend.engine.networks.list().find((n) => n.name === name);
    return network?.containers === expected ? network : undefined;
  }, `${name} with ${expected} containers`);

describe('network management', () => {
  it('creates with subnet, gateway, internal, attachable and labels', async () => {
    const name = made.network('it-net-opts');
    await t.caller.networks.create({
      name,
      subnet: '10.241.3.0/24',
      gateway: '10.241.3.254',
      internal: true,
      attachable: true,
      labels: [{ key: 'purpose', value: 'test' }],
    });
    const info = JSON.parse(await docker(['network', 'inspect', name]))[0];
    expect(info).toMatchObject({
      Driver: 'bridge',
      Internal: true,
      Attachable: true,
      Labels: { purpose: 'test' },
    });
    expect(info.IPAM.Config[0]).toMatchObject({ Subnet: '10.241.3.0/24', Gateway: '10.241.3.254' });
    const summary = await modelCount(name, 0);
    expect(summary.gateways).toEqual(['10.241.3.254']);
  });

  it('connects with an alias and disconnects; counts equal docker network inspect', async () => {
    const name = made.network('it-net-conn');
    const box = containers.name('it-net-box');
    await t.caller.networks.create({ name });
    await docker(['run', '-d', '--name', box, env.busyboxImage, 'sleep', '300']);
    await t.caller.networks.connect({ id: name, container: box, aliases: ['db-alias'] });
    expect(await inspectCount(name)).toBe(1);
    await modelCount(name, 1);
    const aliases = await docker([
      'inspect',
      '-f',
      `{{json (index .NetworkSettings.Networks "${name}").Aliases}}`,
      box,
    ]);
    expect(JSON.parse(aliases)).toContain('db-alias');
    expect((await t.caller.networks.members({ id: name })).map((m) => m.name)).toEqual([box]);
    // In use: refused, naming the container.
    await expect(t.caller.networks.remove({ id: name })).rejects.toThrow(
      new RegExp(`containers on it \\(${box}\\)`),
    );
    // The default bridge count also equals the engine's.
    const bridge = t.berth.backend.engine.networks.list().find((n) => n.name === 'bridge')!;
    await waitForValue(
      async () =>
        bridge &&
        (await inspectCount('bridge')) === t.berth.backend.engine.networks.get(bridge.id)?.containers
          ? true
          : undefined,
      'bridge count equal to docker network inspect',
    );
    await t.caller.networks.disconnect({ id: name, container: box });
    expect(await inspectCount(name)).toBe(0);
    await modelCount(name, 0);
    await t.caller.networks.remove({ id: name });
    expect(await docker(['network', 'ls', '--format', '{{.Name}}'])).not.toContain(name);
  });

  it('refuses to remove bridge, host and none, in words', async () => {
    for (const id of ['bridge', 'host', 'none'])
      await expect(t.caller.networks.remove({ id })).rejects.toThrow(
        /engine’s own networks .* cannot be removed/,
      );
  });

  it('prunes exactly the previewed networks: one made after the preview survives', async () => {
    const early = made.network('it-net-prune');
    const late = made.network('it-net-late');
    await docker(['network', 'create', early]);
    const summary = await modelCount(early, 0);
    const preview = await t.caller.networks.pruneCandidates();
    expect(preview.map((c) => c.name)).toContain(early);
    expect(preview.map((c) => c.name)).not.toContain('bridge');
    await docker(['network', 'create', late]);
    const result = await t.caller.networks.prune({ ids: [summary.id] });
    expect(result.removed).toEqual([early]);
    const left = await docker(['network', 'ls', '--format', '{{.Name}}']);
    expect(left).not.toContain(early);
    expect(left).toContain(late);
  });
});
