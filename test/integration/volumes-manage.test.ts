// Volumes through Berth against the real engine: create with labels, refuse removing one in use
// (naming the container), and prune exactly what the preview listed.
import { describe, expect, it } from 'vitest';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { backendFixture } from '../support/backend-fixture';
import { engineObjectsFixture } from '../support/containers';
import { uniqueName } from '../support/names';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const t = backendFixture(env.dockerHost);
const made = engineObjectsFixture(env.dockerHost);
const { containers } = made;

const inModel = (name: string) =>
  waitForValue(() => t.berth.backend.engine.volumes.get(name), `${name} in the model`);

describe('volume management', () => {
  it('creates a volume with labels and shows its size once written', async () => {
    const name = made.volume('it-vm');
    const created = await t.caller.volumes.create({
      name,
      labels: [{ key: 'purpose', value: 'test' }],
    });
    expect(created.name).toBe(name);
    const info = (await t.caller.volumes.inspect({ name })) as { Labels: Record<string, string> };
    expect(info.Labels).toEqual({ purpose: 'test' });
    await docker(['run', '--rm', '-v', `${name}:/d`, env.busyboxImage, 'sh', '-c', 'printf 12345 > /d/f']);
    const sizes = await t.caller.volumes.sizes();
    expect(sizes[name]).toBe(5);
  });

  it('refuses to remove a volume in use, naming the container', async () => {
    const name = made.volume('it-vm-used');
    const user = containers.name('it-vm-user');
    await t.caller.volumes.create({ name });
    await docker(['create', '--name', user, '-v', `${name}:/data`, env.busyboxImage, 'true']);
    await expect(t.caller.volumes.remove({ name })).rejects.toThrow(new RegExp(`in use by ${user}`));
    expect((await t.caller.volumes.users({ name })).map((u) => u.name)).toEqual([user]);
    await docker(['rm', user]);
    await t.caller.volumes.remove({ name });
    expect(await docker(['volume', 'ls', '-q'])).not.toContain(name);
  });

  it('prunes exactly the previewed volumes: one made after the preview survives', async () => {
    const early = made.volume('it-prune-a');
    const kept = made.volume('it-prune-used');
    const late = made.volume('it-prune-late');
    const user = containers.name('it-prune-user');
    await docker(['volume', 'create', early]);
    await docker(['volume', 'create', kept]);
    await docker(['create', '--name', user, '-v', `${kept}:/k`, env.busyboxImage, 'true']);
    await inModel(early);
    await waitForValue(
      () => (t.berth.backend.engine.volumes.get(kept)?.containers === 1 ? true : undefined),
      'the used volume counted',
    );
    const preview = await t.caller.volumes.pruneCandidates();
    const names = preview.map((c) => c.name);
    expect(names).toContain(early);
    expect(names).not.toContain(kept);
    await docker(['volume', 'create', late]);
    await inModel(late);
    // Only this test's volumes: other tests' leftovers on the shared engine are not ours to prune.
    const result = await t.caller.volumes.prune({ names: [early] });
    expect(result.removed).toEqual([early]);
    const left = await docker(['volume', 'ls', '-q']);
    expect(left).not.toContain(early);
    expect(left).toContain(late);
    expect(left).toContain(kept);
    // A name the model says is in use is kept, with words.
    const refused = await t.caller.volumes.prune({ names: [kept] });
    expect(refused.removed).toEqual([]);
    expect(refused.failed[0]?.name).toBe(kept);
  });

  it('refuses driver options in web mode without --allow-host-mounts', async () => {
    const web = t.berth.backend.context();
    const { appRouter } = await import('@core/router');
    const webCaller = appRouter.createCaller({
      ...web,
      policy: { ...web.policy, webMode: true, allowHostMounts: false },
    });
    await expect(
      webCaller.volumes.create({
        name: uniqueName('it-vm-bind'),
        driverOpts: [
          { key: 'type', value: 'none' },
          { key: 'o', value: 'bind' },
          { key: 'device', value: '/etc' },
        ],
      }),
    ).rejects.toThrow(/--allow-host-mounts/);
  });
});
