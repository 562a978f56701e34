// Exec runs as the container's own user unless one is asked for, as `docker exec` does: a
// container started with `-u nobody` gets a shell as nobody, and an image without /etc/passwd
// (scratch- or busybox-based images) can be exec'd into at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TerminalEvent } from '@shared/api/container-details';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startBackend, type TestBackend } from '../support/backend';
import { containerFixture } from '../support/containers';
import { runId } from '../support/names';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const containers = containerFixture(env.dockerHost);
const asNobody = containers.name('it-exec-nobody');
const noPasswd = containers.name('it-exec-nopasswd');
const builder = containers.name('it-exec-strip');
const noPasswdImage = `berth-test/nopasswd:${runId}`;
let test: TestBackend;

/** Opens a shell as `user` (absent or empty: the container's own), runs `id -u`, returns what it printed. */
async function idIn(container: string, user?: string): Promise<string> {
  const api = test.caller();
  const started = await api.containers.terminal.exec({ id: container, shell: 'sh', user });
  const output = await api.containers.terminal.output({ sessionId: started.sessionId });
  let text = '';
  const reader = (async () => {
    for await (const batch of output as AsyncIterable<TerminalEvent[]>)
      for (const event of batch) if (event.type === 'data') text += event.data;
  })();
  await api.containers.terminal.input({
    sessionId: started.sessionId,
    data: 'echo "uid=[$(id -u)]"; exit\r',
  });
  await reader.catch(() => undefined);
  return /uid=\[(\d+)\]/.exec(text)?.[1] ?? text;
}

beforeAll(async () => {
  test = await startBackend(env.dockerHost);
  await docker(['run', '-d', '--name', asNobody, '-u', 'nobody', env.busyboxImage, 'sleep', '300']);
  // An image with no /etc/passwd: "root" cannot be looked up in it, a numeric uid can.
  await docker(['run', '--name', builder, env.busyboxImage, 'rm', '/etc/passwd', '/etc/group']);
  await docker(['commit', builder, noPasswdImage]);
  await docker(['rm', builder]);
  await docker(['run', '-d', '--name', noPasswd, noPasswdImage, 'sleep', '300']);
});

afterAll(async () => {
  await containers.cleanup();
  await docker(['rmi', noPasswdImage]).catch(() => undefined);
  test?.dispose();
});

describe('exec user', () => {
  it("runs as the container's own user when none is given", async () => {
    expect(await idIn(asNobody)).toBe('65534');
    expect(await idIn(asNobody, '')).toBe('65534');
  });

  it('runs as the user asked for', async () => {
    expect(await idIn(asNobody, 'root')).toBe('0');
  });

  it('opens a shell in an image without /etc/passwd', async () => {
    expect(await idIn(noPasswd)).toBe('0');
  });
});
