// Test images without network access: a busybox image is assembled from the
// host's static busybox binary (Debian's busybox-static) and `docker import`ed.
import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { dockerCli } from './cli';
import { runOk } from './proc';
import { claimDir, scrubDir, sweepStaleDirs } from './stale';

export const BUSYBOX_IMAGE = 'berth-test/busybox:latest';

const BUSYBOX_BIN = '/bin/busybox';
const ROOTFS_PREFIX = 'berth-rootfs-';
const PATH_ENV = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
/** Applets tests may rely on; import fails loudly if the host busybox lacks one. */
const REQUIRED_APPLETS = [
  'sh', 'ls', 'cat', 'echo', 'sleep', 'httpd', 'seq', 'yes', 'env', 'id', 'ps', 'top', 'wget', 'mkdir',
  'rm', 'touch', 'true', 'false', 'date', 'hostname', 'head', 'tail', 'grep', 'printf', 'kill', 'nc',
  'tar', 'vi', 'whoami',
]; // prettier-ignore

/** Builds a minimal root filesystem in `root` around a copy of /bin/busybox. */
async function buildRootfs(root: string): Promise<void> {
  for (const d of ['bin', 'sbin', 'usr/bin', 'usr/sbin', 'etc', 'root', 'home', 'var/www', 'tmp']) {
    mkdirSync(join(root, d), { recursive: true });
  }
  chmodSync(join(root, 'tmp'), 0o1777);
  chmodSync(join(root, 'root'), 0o700);
  copyFileSync(BUSYBOX_BIN, join(root, 'bin/busybox'));
  chmodSync(join(root, 'bin/busybox'), 0o755);

  // Every applet at its canonical path (e.g. /usr/bin/env for shebangs) and in /bin.
  const full = (await runOk(BUSYBOX_BIN, ['--list-full'])).split('\n').filter(Boolean);
  const links = new Set<string>(full);
  for (const p of full) links.add(join('bin', p.split('/').pop() ?? p));
  for (const a of REQUIRED_APPLETS) {
    if (!full.some((p) => p.endsWith(`/${a}`))) throw new Error(`host busybox lacks applet "${a}"`);
  }
  for (const link of links) {
    const at = join(root, link);
    if (link === 'bin/busybox' || existsSync(at)) continue;
    symlinkSync(relative(dirname(at), join(root, 'bin/busybox')), at);
  }

  writeFileSync(
    join(root, 'etc/passwd'),
    'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/home:/bin/false\n',
  );
  writeFileSync(join(root, 'etc/group'), 'root:x:0:\nnogroup:x:65534:\nnobody:x:65534:\n');
}

/** Imports the busybox image into the engine at `dockerHost`; returns its reference. */
export function sweepStaleRootfs(): Promise<void> {
  return sweepStaleDirs(tmpdir(), ROOTFS_PREFIX);
}

export async function importBusybox(dockerHost: string): Promise<string> {
  await sweepStaleRootfs().catch(() => undefined);
  const work = claimDir(tmpdir(), ROOTFS_PREFIX);
  const root = join(work, 'rootfs'); // keeps the owner marker out of the image
  try {
    await buildRootfs(root);
    const tar = spawn('tar', ['-C', root, '--numeric-owner', '--owner=0', '--group=0', '-c', '.'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let tarErr = '';
    tar.stderr.on('data', (b: Buffer) => (tarErr += b.toString()));
    const tarDone = new Promise<number | null>((resolve) => tar.on('close', resolve));
    await dockerCli(
      dockerHost,
      ['import', '--change', 'CMD ["/bin/sh"]', '--change', `ENV ${PATH_ENV}`, '-', BUSYBOX_IMAGE],
      undefined,
      { stdin: tar.stdout, timeoutMs: 60_000 },
    );
    const code = await tarDone;
    if (code !== 0) throw new Error(`tar failed (${code}): ${tarErr}`);
    return BUSYBOX_IMAGE;
  } finally {
    await scrubDir(work);
  }
}

/** Imports busybox only if the engine doesn't already have it (for reused engines). */
export async function ensureBusybox(dockerHost: string): Promise<string> {
  try {
    await dockerCli(dockerHost, ['image', 'inspect', '--format', '{{.Id}}', BUSYBOX_IMAGE]);
    return BUSYBOX_IMAGE;
  } catch {
    return importBusybox(dockerHost);
  }
}
