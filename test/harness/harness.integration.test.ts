// Self-test of the harness against the real engine and registry it started:
// port publishing to 127.0.0.1 and a registry push/pull round trip.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { dockerCli } from './cli';
import { harnessEnv } from './inject';
import { sleep } from './proc';

const env = harnessEnv();
const docker = (args: string[], input?: string): Promise<string> => dockerCli(env.dockerHost, args, input);

/** GET with bounded retries: httpd needs a moment after the container starts. */
async function fetchText(url: string): Promise<string> {
  let last: unknown;
  const deadline = Date.now() + 10_000;
  for (let i = 0; i < 50 && Date.now() < deadline; i++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return await res.text();
      last = new Error(`HTTP ${res.status}`);
    } catch (e) {
      last = e;
    }
    await sleep(200);
  }
  throw new Error(`GET ${url} failed: ${String(last)}`);
}

describe('test harness', () => {
  it('engine is reachable and has the busybox image', async () => {
    expect(await docker(['version', '--format', '{{.Server.APIVersion}}'])).toMatch(/^1\.\d+$/);
    const out = await docker(['run', '--rm', env.busyboxImage, 'sh', '-c', 'id -un; seq 3 | tail -n 1']);
    expect(out.split('\n')).toEqual(['root', '3']);
  });

  it('publishes a container port on 127.0.0.1', async () => {
    const token = randomBytes(8).toString('hex');
    const script = `echo ${token} > /tmp/index.html && exec httpd -f -p 80 -h /tmp`;
    const id = await docker(['run', '-d', '-p', '127.0.0.1::80', env.busyboxImage, 'sh', '-c', script]);
    try {
      const binding = await docker(['port', id, '80/tcp']);
      const match = /^127\.0\.0\.1:(\d+)$/m.exec(binding);
      expect(match, `unexpected port binding: ${binding}`).not.toBeNull();
      expect((await fetchText(`http://127.0.0.1:${match?.[1]}/index.html`)).trim()).toBe(token);
    } finally {
      await docker(['rm', '-f', id]);
    }
  });

  it('pushes to and pulls from the local registry', async () => {
    const ref = `${env.registry}/berth/busybox:1`;
    await docker(['tag', env.busyboxImage, ref]);
    await docker(['push', ref]);
    await docker(['image', 'rm', ref]);
    await expect(docker(['image', 'inspect', ref])).rejects.toThrow(/No such image/i);
    await docker(['pull', ref]);
    const digests = await docker(['image', 'inspect', '--format', '{{json .RepoDigests}}', ref]);
    expect(digests).toContain(`${env.registry}/berth/busybox@sha256:`);
    await docker(['image', 'rm', ref]);
  });
});
