// Berth's own short-lived helper containers (label io.berth.helper: volume backup, browse) stay
// out of the model, whether they exist when the model first lists or appear through /events, so
// the Containers page never shows them and "Remove stopped" cannot remove one mid-operation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELPER_LABEL } from '@core/volumes/helper';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startBackend, type TestBackend } from '../support/backend';
import { runId } from '../support/names';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const created: string[] = [];
let berth: TestBackend;

async function create(name: string, helper: boolean): Promise<void> {
  created.push(name);
  await docker([
    'create',
    '--name',
    name,
    ...(helper ? ['--label', `${HELPER_LABEL}=1`] : []),
    env.busyboxImage,
  ]);
}

const names = () => new Set(berth.backend.engine.containers.list().map((container) => container.name));

beforeAll(async () => {
  await create(`berth-it-helper-before-${runId}`, true);
  await create(`berth-it-plain-before-${runId}`, false);
  berth = await startBackend(env.dockerHost);
});

afterAll(async () => {
  await berth?.dispose();
  await docker(['rm', '-f', ...created]).catch(() => undefined);
});

describe('helper containers', () => {
  it('are left out of the first list', () => {
    expect(names().has(`berth-it-plain-before-${runId}`)).toBe(true);
    expect(names().has(`berth-it-helper-before-${runId}`)).toBe(false);
  });

  it('are left out when they appear later, and when they change', async () => {
    const helper = `berth-it-helper-after-${runId}`;
    await create(helper, true);
    // A rename makes the engine send an event for the helper after its create.
    await docker(['rename', helper, `${helper}-renamed`]);
    created.push(`${helper}-renamed`);
    const plain = `berth-it-plain-after-${runId}`;
    await create(plain, false);
    await waitForValue(() => (names().has(plain) ? true : undefined), plain);
    expect([...names()].filter((name) => name.startsWith(helper))).toEqual([]);
  });
});
