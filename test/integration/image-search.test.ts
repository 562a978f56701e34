// Docker Hub search offline fails fast in one line; registry tags are listed for real from the
// harness registry (plain HTTP) after pushing two tags with the CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startTestBackend, type TestBackend } from './image-build-support';
import { runId } from '../support/names';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = runId;
let t: TestBackend;

beforeAll(async () => {
  t = await startTestBackend(env.dockerHost);
});
afterAll(() => t?.dispose());

describe('registry tags', () => {
  it('lists the tags pushed to the local registry', async () => {
    const repo = `${env.registry}/berth/tags-${suffix}`;
    try {
      for (const tag of ['1.0', 'stable']) {
        await docker(['tag', env.busyboxImage, `${repo}:${tag}`]);
        await docker(['push', `${repo}:${tag}`]);
      }
      const result = await t.caller.images.hub.tags({ repository: repo });
      expect(result.registry).toBe(env.registry);
      expect(result.repository).toBe(`berth/tags-${suffix}`);
      expect([...result.tags].sort()).toEqual(['1.0', 'stable']);
    } finally {
      await docker(['rmi', `${repo}:1.0`, `${repo}:stable`]).catch(() => undefined);
    }
  });

  it('says in words when the repository does not exist', async () => {
    await expect(
      t.caller.images.hub.tags({ repository: `${env.registry}/berth/nope-${suffix}` }),
    ).rejects.toThrow(/does not exist|answered 404/);
  });

  it('fails fast, in words, when Docker Hub cannot be reached', async () => {
    const started = Date.now();
    await expect(t.caller.images.hub.tags({ repository: 'nginx' })).rejects.toThrow(/^Cannot list tags: /);
    console.log(`tags(nginx) offline failed after ${Date.now() - started} ms`);
  });
});

describe('Docker Hub search through the engine', () => {
  it('fails with one line that says Docker Hub cannot be reached', async () => {
    const started = Date.now();
    const error = await t.caller.images.hub.search({ term: 'nginx', limit: 5 }).then(
      () => null,
      (e: Error) => e,
    );
    console.log(`search offline failed after ${Date.now() - started} ms: ${error?.message}`);
    expect(error).not.toBeNull();
    expect(error!.message).toMatch(/^Docker Hub cannot be reached: \S/);
    expect(error!.message).not.toContain('\n');
  });
});
