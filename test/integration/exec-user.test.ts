// Exec runs as the container's own user unless one is asked for, as `docker exec` does: a
// container started with `-u nobody` gets a shell as nobody, and an image without /etc/passwd
// (scratch- or busybox-based images) can be exec'd into at all.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TerminalEvent } from '../../src/shared/api/container-details';
import { createBackend, type Backend } from '../../src/main/core/backend';
import { appRouter } from '../../src/main/core/router';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { waitForValue } from '../support/wait';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = `${process.pid}-${Date.now().toString(36)}`;
const asNobody = `it-exec-nobody-${suffix}`;
const noPasswd = `it-exec-nopasswd-${suffix}`;
const noPasswdImage = `berth-test/nopasswd:${suffix}`;
let backend: Backend;
let dir: string;

/** Opens a shell as `user` (absent or empty: the container's own), runs `id -u`, returns what it printed. */
async function idIn(container: string, user?: string): Promise<string> {
  const api = appRouter.createCaller(backend.context());
  const started = await api.containers.execStart({ id: container, shell: 'sh', user });
  const output = await api.containers.terminalOutput({ sessionId: started.sessionId });
  let text = '';
  const reader = (async () => {
    for await (const batch of output as AsyncIterable<TerminalEvent[]>)
      for (const event of batch) if (event.type === 'data') text += event.data;
  })();
  await api.containers.terminalInput({ sessionId: started.sessionId, data: 'echo "uid=[$(id -u)]"; exit\r' });
  await reader.catch(() => undefined);
  return /uid=\[(\d+)\]/.exec(text)?.[1] ?? text;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'berth-exec-user-'));
  backend = createBackend({ settingsPath: path.join(dir, 'settings.json'), engineOverride: env.dockerHost });
  await waitForValue(() => (backend.engine.status().state === 'connected' ? true : undefined), 'engine');
  await docker(['run', '-d', '--name', asNobody, '-u', 'nobody', env.busyboxImage, 'sleep', '300']);
  // An image with no /etc/passwd: "root" cannot be looked up in it, a numeric uid can.
  const builder = `it-exec-strip-${suffix}`;
  await docker(['run', '--name', builder, env.busyboxImage, 'rm', '/etc/passwd', '/etc/group']);
  await docker(['commit', builder, noPasswdImage]);
  await docker(['rm', builder]);
  await docker(['run', '-d', '--name', noPasswd, noPasswdImage, 'sleep', '300']);
});

afterAll(async () => {
  await docker(['rm', '-f', asNobody, noPasswd]).catch(() => undefined);
  await docker(['rmi', noPasswdImage]).catch(() => undefined);
  backend.dispose();
  rmSync(dir, { recursive: true, force: true });
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
