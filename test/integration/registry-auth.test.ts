// Login against an htpasswd registry through the engine (POST /auth): a push without login is
// refused as unauthorized, a wrong password says "unauthorized", a right one lets the push
// through, the list never carries the password, and logout forgets it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startRegistry, type Registry } from '../harness/registry';
import { uniqueName } from '../support/names';
import { startTransferBackend, waitForEnd, type TransferBackend } from './image-transfer-support';

const env = harnessEnv();
const user = 'berth';
const password = uniqueName('pw');
let registry: Registry;
let t: TransferBackend;
let ref: string;

beforeAll(async () => {
  registry = await startRegistry({ htpasswd: { user, password } });
  t = await startTransferBackend(env.dockerHost);
  ref = `${uniqueName(`${registry.address}/berth-it-auth`)}:1`;
  await dockerCli(env.dockerHost, ['tag', env.busyboxImage, ref]);
});

afterAll(async () => {
  await dockerCli(env.dockerHost, ['rmi', ref]).catch(() => undefined);
  t?.dispose();
  await registry?.stop();
});

describe('registry credentials', () => {
  it('refuses a push without login, in the registry words', async () => {
    const ended = await waitForEnd(
      t.backend,
      (await t.caller.images.transfer.push({ reference: ref })).activityId,
    );
    expect(ended.state).toBe('failed');
    expect(ended.error).toMatch(/unauthorized|no basic auth credentials/);
  });

  it('a wrong password is refused as unauthorized and not remembered', async () => {
    await expect(
      t.caller.registries.login({
        server: registry.address,
        username: user,
        password: 'wrong',
        remember: false,
      }),
    ).rejects.toThrow(/unauthorized/i);
    expect((await t.caller.registries.list()).filter((r) => r.server === registry.address)).toEqual([]);
  });

  it('after login the push goes through; the list names the user, never the password', async () => {
    const login = await t.caller.registries.login({
      server: `http://${registry.address}/`,
      username: user,
      password,
      remember: false,
    });
    expect(login).toEqual({ server: registry.address, username: user });
    const listed = await t.caller.registries.list();
    expect(listed.filter((r) => r.server === registry.address)).toEqual([
      { server: registry.address, username: user, source: 'berth' },
    ]);
    expect(JSON.stringify(listed)).not.toContain(password);

    const ended = await waitForEnd(
      t.backend,
      (await t.caller.images.transfer.push({ reference: ref })).activityId,
    );
    expect(ended.error).toBeNull();
    expect(ended.state).toBe('succeeded');
    expect(JSON.stringify(t.history)).not.toContain(password);
  });

  it("the Run dialog's pull sends the credentials too, with layer progress", async () => {
    await dockerCli(env.dockerHost, ['rmi', ref]);
    const pulled = await t.caller.containers.pullForRun({ image: ref });
    expect(pulled.command).toBe(`docker pull ${ref}`);
    const activity = t.history.filter((a) => a.kind === 'pull' && a.title === ref).at(-1);
    expect(activity?.state).toBe('succeeded');
    expect(t.history.some((a) => a.title === ref && a.layers.length > 0)).toBe(true);
  });

  it('pulls with the credentials, and logout forgets them', async () => {
    await dockerCli(env.dockerHost, ['rmi', ref]);
    const pulled = await waitForEnd(
      t.backend,
      (await t.caller.images.transfer.pull({ reference: ref })).activityId,
    );
    expect(pulled.state).toBe('succeeded');

    await t.caller.registries.logout({ server: registry.address });
    expect((await t.caller.registries.list()).filter((r) => r.server === registry.address)).toEqual([]);
    const again = await waitForEnd(
      t.backend,
      (await t.caller.images.transfer.push({ reference: ref })).activityId,
    );
    expect(again.state).toBe('failed');
    expect(again.error).toMatch(/unauthorized|no basic auth credentials/);
  });
});
