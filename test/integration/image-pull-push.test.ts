// Pull and push through the router against the real engine and the harness registry: progress
// totals add up, registry errors arrive in the registry's words, in-band errors fail the
// activity, and Cancel ends a pull that is stuck mid-download.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { blobProxy } from '../support/stalling-registry';
import { waitForValue } from '../support/wait';
import { uniqueName } from '../support/names';
import { commitRandomImage, pushRandomImage } from '../support/random-image';
import { startTransferBackend, waitForEnd, type TransferBackend } from './image-transfer-support';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = uniqueName('t');
const repo = `${env.registry}/berth-it-pp-${suffix}`;
let t: TransferBackend;
const created: string[] = [];

/** Pushes an image with a layer of its own, then removes it locally, so a pull must fetch it. */
async function pushedUniqueImage(ref: string, bytes = 4096): Promise<void> {
  created.push(ref);
  await pushRandomImage(docker, env.busyboxImage, { name: uniqueName('berth-it-pp-c'), ref, bytes });
}

beforeAll(async () => {
  t = await startTransferBackend(env.dockerHost);
});

afterAll(async () => {
  for (const ref of created) await dockerCli(env.dockerHost, ['rmi', '-f', ref]).catch(() => undefined);
  t?.dispose();
});

describe('push and pull with progress', () => {
  it('pushes a tagged image, removes it, pulls it back with totals that add up', async () => {
    const ref = `${repo}:1`;
    created.push(ref);
    // An image with a layer of its own (random bytes), so the pull below must download it even
    // when other tests left images that share the busybox base layer.
    await commitRandomImage(docker, env.busyboxImage, {
      name: uniqueName('it-pp-maker'),
      ref,
      bytes: 2_000_000,
    });
    await waitForValue(
      () => t.backend.engine.images.list().find((i) => i.repoTags.includes(ref)),
      'tag in model',
    );

    const pushed = await waitForEnd(
      t.backend,
      (await t.caller.images.transfer.push({ reference: ref })).activityId,
    );
    expect(pushed.error).toBeNull();
    expect(pushed.state).toBe('succeeded');
    expect(pushed.kind).toBe('push');
    expect(pushed.command).toBe(`docker push ${ref}`);
    expect(pushed.result).toMatch(/^sha256:[0-9a-f]{64}$/);

    const removed = await t.caller.images.remove({ image: ref, force: false });
    expect(removed.untagged).toContain(ref);
    await waitForValue(
      () => (t.backend.engine.images.list().some((i) => i.repoTags.includes(ref)) ? undefined : true),
      'tag gone from model',
    );
    const { activityId } = await t.caller.images.transfer.pull({ reference: ref });
    const pulled = await waitForEnd(t.backend, activityId);
    expect(pulled.error).toBeNull();
    expect(pulled.state).toBe('succeeded');
    expect(pulled.layers.length).toBeGreaterThan(0);
    const sum = pulled.layers.reduce((total, layer) => total + (layer.total ?? Number.NaN), 0);
    expect(pulled.progress).toEqual({ current: sum, total: sum });
    expect(sum).toBeGreaterThan(0);
    const seen = t.history.filter((a) => a.id === activityId && a.progress);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.progress!.current).toBeGreaterThanOrEqual(seen[i - 1]!.progress!.current);
    }
    await waitForValue(
      () => t.backend.engine.images.list().find((i) => i.repoTags.includes(ref)),
      'pulled image',
    );
  });

  it('a reference that does not exist fails with the registry words', async () => {
    const { activityId } = await t.caller.images.transfer.pull({ reference: `${repo}-missing:nope` });
    const ended = await waitForEnd(t.backend, activityId);
    expect(ended.state).toBe('failed');
    expect(ended.error).toMatch(/manifest unknown|not found/);
  });

  it('refuses a bad reference before calling the engine', async () => {
    await expect(t.caller.images.transfer.pull({ reference: 'UPPER/case' })).rejects.toThrow(
      /must be lowercase/,
    );
    await expect(t.caller.images.transfer.pull({ reference: 'a::b' })).rejects.toThrow(
      /invalid reference format/,
    );
  });

  it('an in-band error (HTTP 200, then {"error"}) fails the activity', async () => {
    const ref = `${repo}:inband`;
    await pushedUniqueImage(ref);
    const proxy = await blobProxy(env.registry, 'missing');
    const viaProxy = ref.replace(env.registry, proxy.address);
    created.push(viaProxy);
    try {
      const { activityId } = await t.caller.images.transfer.pull({ reference: viaProxy });
      const ended = await waitForEnd(t.backend, activityId);
      expect(ended.state).toBe('failed');
      expect(ended.error).toMatch(/blob unknown|not found|unknown/i);
      // The layer that could not be fetched says so, instead of its last "Downloading"/"Retrying".
      const own = ended.layers.filter((layer) => layer.status !== 'Already exists');
      expect(own.length).toBeGreaterThan(0);
      expect(own.every((layer) => layer.outcome === 'failed')).toBe(true);
    } finally {
      proxy.server.close();
    }
  });

  it('Cancel stops a pull mid-download and ends it as cancelled', async () => {
    const ref = `${repo}:cancel`;
    await pushedUniqueImage(ref);
    const proxy = await blobProxy(env.registry, 'stall');
    const viaProxy = ref.replace(env.registry, proxy.address);
    created.push(viaProxy);
    try {
      const { activityId } = await t.caller.images.transfer.pull({ reference: viaProxy });
      await proxy.requested;
      await waitForValue(
        () => t.backend.activity.store.get(activityId)?.layers.find((l) => l.status === 'Downloading'),
        'a layer downloading',
        { timeoutMs: 30_000 },
      );
      let stalled = true;
      void proxy.closed.then(() => (stalled = false));
      expect(await t.caller.activity.cancel({ id: activityId })).toBe(true);
      const ended = await waitForEnd(t.backend, activityId);
      expect(ended.state).toBe('cancelled');
      expect(ended.error).toBeNull();
      expect(ended.layers.find((layer) => layer.status === 'Downloading')?.outcome).toBe('stopped');
      // Berth let go while the registry download was still stalled: it did not wait for the
      // engine. (dockerd 20.10 keeps a stalled registry download after its client leaves, as it
      // does when the docker CLI is interrupted.)
      expect(stalled).toBe(true);
      expect(t.backend.engine.images.list().some((i) => i.repoTags.includes(viaProxy))).toBe(false);
    } finally {
      proxy.server.close();
    }
  });

  it('a refused removal names the container; force untags; prune removes a dangling image', async () => {
    const ref = `${repo}:held`;
    const name = `berth-it-pp-holder-${suffix}`;
    await pushedUniqueImage(ref);
    await dockerCli(env.dockerHost, ['pull', ref]);
    await dockerCli(env.dockerHost, ['create', '--name', name, ref, 'true']);
    try {
      const id = (await dockerCli(env.dockerHost, ['image', 'inspect', '--format', '{{.Id}}', ref])).trim();
      // Both the image and its user in the model: the message names users from the model.
      await waitForValue(
        () =>
          t.backend.engine.images.list().some((i) => i.id === id) &&
          t.backend.engine.containers.list().some((c) => c.name === name && c.imageId === id)
            ? true
            : undefined,
        'image and holder in model',
      );
      // One tag only, so the engine has one reason to refuse (a second tag would be another
      // conflict, and which one the engine reports first is not fixed).
      await expect(t.caller.images.remove({ image: id, force: false })).rejects.toThrow(
        new RegExp(`conflict: .*being used by stopped container .*\\(used by: ${name}\\)$`),
      );
      await dockerCli(env.dockerHost, ['tag', ref, `${ref}-2`]);
      created.push(`${ref}-2`);
      const forced = await t.caller.images.remove({ image: `${ref}-2`, force: true });
      expect(forced.untagged).toContain(`${ref}-2`);

      // A dangling image (no tag, no digest) with a layer of its own of known size: commit a
      // container that wrote 300 kB, then move the tag away.
      const blob = 300_000;
      const dangling = await commitRandomImage(docker, env.busyboxImage, {
        name: uniqueName('berth-it-pp-writer'),
        ref: `${ref}-d`,
        bytes: blob,
      });
      created.push(`${ref}-d`, dangling);
      await dockerCli(env.dockerHost, ['tag', env.busyboxImage, `${ref}-d`]);
      await waitForValue(
        () => t.backend.engine.images.list().find((i) => i.id === dangling && i.repoTags.length === 0),
        'dangling image in model',
      );
      const candidates = await t.caller.images.pruneCandidates({ mode: 'dangling' });
      expect(candidates.map((c) => c.id)).toContain(dangling);
      expect(candidates.map((c) => c.id)).not.toContain(id);
      const pruned = await t.caller.images.prune({ mode: 'dangling', ids: [dangling] });
      expect(pruned.deleted).toContain(dangling);
      expect(pruned.failed).toEqual([]);
      // At least the dangling image's own layer was freed (other dangling leftovers may add more).
      expect(pruned.spaceReclaimed).toBeGreaterThanOrEqual(blob);
      await waitForValue(
        () => (t.backend.engine.images.list().some((i) => i.id === dangling) ? undefined : true),
        'pruned image gone from model',
      );
    } finally {
      await dockerCli(env.dockerHost, ['rm', '-f', name]).catch(() => undefined);
    }
  });
});
