// The qemu provider for real: the script builds the VM image (cached in a folder this test names),
// QEMU boots it under TCG, Berth's engine client connects with the VM's TLS credentials, and a
// container runs, survives a suspend and resume, reads a shared host folder, publishes a port to
// the host's loopback; then a graceful stop and a factory reset. Slow (minutes): software emulation.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import Dockerode from 'dockerode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderStatus } from '@shared/api/providers';
import { dockerOptions } from '@core/engine/endpoint';
import { freeLoopbackPort } from '@core/vm/free-port';
import { findOnPath } from '@core/vm/host-tools';
import { ensureBuiltImage } from '@core/vm/qemu/image';
import { createQemuProvider, type QemuProvider } from '@core/vm/qemu/qemu-provider';
import { harnessEnv } from '../harness/inject';
import { waitForValue } from '../support/wait';

const SBIN_PATH = `${process.env.PATH ?? ''}:/usr/sbin:/sbin`;
const missing = ['qemu-system-x86_64', 'qemu-img', 'debootstrap'].filter((t) => !findOnPath(t, SBIN_PATH));
const notRoot = process.getuid?.() !== 0;
const skipReason = missing.length
  ? `skipped: ${missing.join(', ')} not installed (apt install qemu-system-x86 qemu-utils debootstrap)`
  : notRoot
    ? 'skipped: building the VM image needs root (debootstrap)'
    : null;
if (skipReason) console.log(`[vm-qemu] ${skipReason}`);

/** The image cache this test names: built once, reused by later runs (and by bench/vm-qemu.ts). */
const CACHE_DIR = process.env.BERTH_VM_CACHE ?? '/var/tmp/berth-vm-cache';
const MINUTE = 60_000;

describe.skipIf(skipReason !== null)('qemu provider (real VM under TCG)', () => {
  let work: string;
  let shareDir: string;
  let vmDir: string;
  let provider: QemuProvider;
  let docker: Dockerode;
  const statuses: ProviderStatus[] = [];
  const tag = randomUUID().slice(0, 8);

  beforeAll(async () => {
    mkdirSync('/var/tmp', { recursive: true });
    work = mkdtempSync('/var/tmp/berth-it-vm-');
    vmDir = join(work, 'vm');
    shareDir = join(work, 'shared folder'); // a space: paths travel intact
    mkdirSync(shareDir);
    const started = Date.now();
    const image = await ensureBuiltImage({ scriptsDir: resolve('scripts/vm'), cacheDir: CACHE_DIR });
    console.log(`[vm-qemu] image ${image.id}: ${image.builtMs === null ? 'from the cache' : `built in ${Math.round(image.builtMs / 1000)} s`} (${Date.now() - started} ms)`); // prettier-ignore
    provider = createQemuProvider({
      vmDir,
      imageCacheDir: CACHE_DIR,
      image: { kind: 'files', files: image },
      accelerator: 'tcg',
      resources: { cpus: 2, memoryMiB: 1024, diskGiB: 8 },
      shareHome: false,
      sharedFolders: [shareDir],
      engineDeadlineMs: 6 * MINUTE,
    });
    provider.onStatus((s) => statuses.push(s));
  }, 20 * MINUTE);

  afterAll(async () => {
    await provider?.factoryReset().catch(() => undefined);
    await provider?.dispose();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 2 * MINUTE);

  it(
    "boots, and its engine answers only with the VM's client certificate, on loopback",
    async () => {
      const endpoint = await provider.start();
      expect(endpoint.host).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
      expect(endpoint.tls?.verify).toBe(true);
      expect(provider.status().state).toBe('running');
      expect(statuses.map((s) => s.step)).toEqual(expect.arrayContaining(['preparing', 'booting', 'waiting-for-engine', 'ready'])); // prettier-ignore
      docker = new Dockerode(dockerOptions(endpoint.host, endpoint.tls));
      expect(String(await docker.ping())).toBe('OK');

      // Without a client certificate the engine refuses the connection.
      const url = new URL(endpoint.host.replace('tcp:', 'https:'));
      const ca = readFileSync(join(endpoint.tls!.certPath, 'ca.pem'));
      const anonymous = new Dockerode({ protocol: 'https', host: url.hostname, port: Number(url.port), ca, timeout: 20_000 }); // prettier-ignore
      await expect(anonymous.ping()).rejects.toThrow();
    },
    8 * MINUTE,
  );

  it(
    'runs a container from an image loaded into the VM and reads its logs',
    async () => {
      const env = harnessEnv();
      const source = new Dockerode(dockerOptions(env.dockerHost, null));
      const tarball = await source.getImage(env.busyboxImage).get();
      const load = await docker.loadImage(tarball);
      await new Promise((done, fail) => docker.modem.followProgress(load, (e) => (e ? fail(e) : done(null))));
      const container = await docker.createContainer({
        name: `vm-it-${tag}`,
        Image: env.busyboxImage,
        Cmd: ['sh', '-c', 'echo hello-from-the-vm; exec sleep 3600'],
      });
      await container.start();
      const text = await waitForValue(
        async () => {
          const out = (await container.logs({ stdout: true, stderr: true })).toString('utf8');
          return out.includes('hello-from-the-vm') ? out : undefined;
        },
        'the container log line',
        { timeoutMs: 2 * MINUTE, intervalMs: 500 },
      );
      expect(text).toContain('hello-from-the-vm');
    },
    5 * MINUTE,
  );

  it(
    'suspends to a snapshot and resumes with the container still running',
    async () => {
      await provider.stop({ suspend: true });
      expect(provider.status().state).toBe('stopped');
      expect(provider.status().reason).toBeNull(); // saved, not shut down instead
      expect(JSON.parse(readFileSync(join(vmDir, 'vm.json'), 'utf8')).snapshot?.name).toBe('berth');

      statuses.length = 0;
      const endpoint = await provider.start();
      expect(statuses.some((s) => s.detail?.startsWith('Resuming the VM'))).toBe(true);
      expect(provider.status().reason).toBeNull(); // no fallback to a cold boot
      docker = new Dockerode(dockerOptions(endpoint.host, endpoint.tls));
      const info = await docker.getContainer(`vm-it-${tag}`).inspect();
      expect(info.State.Running).toBe(true);
      // Resumed once: the snapshot is forgotten so a crash can never take the disks back in time.
      expect(JSON.parse(readFileSync(join(vmDir, 'vm.json'), 'utf8')).snapshot).toBeNull();
    },
    8 * MINUTE,
  );

  it(
    'bind-mounts a shared host folder and reads a file the host wrote',
    async () => {
      const secret = `written-by-the-host-${tag}`;
      writeFileSync(join(shareDir, 'note.txt'), secret);
      const container = await docker.createContainer({
        Image: harnessEnv().busyboxImage,
        Cmd: ['cat', '/data/note.txt'],
        HostConfig: { Binds: [`${shareDir}:/data:ro`] },
      });
      await container.start();
      const exit = (await container.wait()) as { StatusCode: number };
      const out = (await container.logs({ stdout: true, stderr: true })).toString('utf8');
      await container.remove({ force: true });
      expect(out).toContain(secret);
      expect(exit.StatusCode).toBe(0);
    },
    3 * MINUTE,
  );

  it(
    'reaches a published port from the host on 127.0.0.1, and stops reaching it once removed',
    async () => {
      const port = await freeLoopbackPort();
      const container = await docker.createContainer({
        Image: harnessEnv().busyboxImage,
        Cmd: [
          'sh',
          '-c',
          `mkdir -p /w && echo port-ok-${tag} > /w/index.html && exec httpd -f -p 8080 -h /w`,
        ],
        ExposedPorts: { '8080/tcp': {} },
        HostConfig: { PortBindings: { '8080/tcp': [{ HostPort: String(port) }] } },
      });
      await container.start();
      const body = await waitForValue(
        () =>
          httpGet(port)
            .then((b) => (b.includes(`port-ok-${tag}`) ? b : undefined))
            .catch(() => undefined),
        `http://127.0.0.1:${port}/`,
        { timeoutMs: 2 * MINUTE, intervalMs: 500 },
      );
      expect(body).toContain(`port-ok-${tag}`);
      await container.remove({ force: true });
      await provider.syncPorts();
      await waitForValue(
        () =>
          httpGet(port)
            .then(() => undefined)
            .catch(() => true),
        'the forwarded port to close',
        { timeoutMs: MINUTE, intervalMs: 500 },
      );
    },
    4 * MINUTE,
  );

  it(
    'lets a container reach the outside through the VM, and keeps container networks apart',
    async () => {
      // dockerd in the VM runs with --iptables=false; berth-init's own rules masquerade traffic out
      // of eth0 and forward nothing between container networks.
      const server = createServer((_, res) => res.end(`outside-${tag}\n`));
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      const hostPort = (server.address() as AddressInfo).port;
      const image = harnessEnv().busyboxImage;
      const run = async (cmd: string[], network?: string): Promise<{ code: number; out: string }> => {
        const c = await docker.createContainer({ Image: image, Cmd: cmd, HostConfig: network ? { NetworkMode: network } : {} }); // prettier-ignore
        await c.start();
        const { StatusCode } = (await c.wait()) as { StatusCode: number };
        const out = (await c.logs({ stdout: true, stderr: true })).toString('utf8');
        await c.remove({ force: true });
        return { code: StatusCode, out };
      };
      const netName = `vm-it-net-${tag}`;
      const network = await docker.createNetwork({ Name: netName });
      const target = await docker.createContainer({
        Image: image,
        Cmd: ['sh', '-c', `mkdir -p /w && echo inside-${tag} > /w/index.html && exec httpd -f -p 8080 -h /w`],
      });
      try {
        // QEMU's user network shows the host's loopback as 10.0.2.2.
        // nc, not wget: Debian's static busybox wget crashes (SIGSEGV) in a container under TCG.
        const get = (host: string, port: number, wait: number): string[] => ['sh', '-c', `printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w ${wait} ${host} ${port}`]; // prettier-ignore
        const outside = await run(get('10.0.2.2', hostPort, 60));
        expect(outside.out, `exit ${outside.code}: ${outside.out}`).toContain(`outside-${tag}`);
        await target.start();
        const ip = (await target.inspect()).NetworkSettings.Networks.bridge?.IPAddress ?? '';
        await waitForValue(
          async () => ((await run(get(ip, 8080, 20))).out.includes(`inside-${tag}`) ? true : undefined), // prettier-ignore
          'a container on the same network',
          { timeoutMs: 2 * MINUTE, intervalMs: 500 },
        );
        const other = await run(get(ip, 8080, 5), netName);
        expect(other.out).not.toContain(`inside-${tag}`); // refused or timed out, never answered
      } finally {
        await target.remove({ force: true });
        await network.remove();
        server.close();
      }
    },
    5 * MINUTE,
  );

  it(
    'stops gracefully, and a factory reset removes the VM and its data',
    async () => {
      await provider.stop({ suspend: false, deadlineMs: 60_000 });
      expect(provider.status().state).toBe('stopped');
      expect(provider.endpoint()).toBeNull();
      expect(readFileSync(join(vmDir, 'console.log'), 'utf8')).toContain('shutting down'); // its own shutdown, not a kill
      expect(existsSync(join(vmDir, 'data.qcow2'))).toBe(true);
      const reset = await provider.describeReset();
      expect(reset[0]).toContain(vmDir);
      await provider.factoryReset();
      expect(existsSync(vmDir)).toBe(false);
    },
    3 * MINUTE,
  );
});

function httpGet(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', timeout: 5000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve(body));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}
