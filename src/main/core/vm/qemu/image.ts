// Where the VM image comes from: built locally by scripts/vm/build-image.sh (developers, CI), cached
// in a folder keyed by a hash of the script and the guest files, or downloaded from the URL in
// settings and verified against its SHA-256. Either way: vmlinuz, initrd.img, rootfs.qcow2.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { downloadVerified, normaliseSha256, type DownloadProgress } from '../image-download';

export interface VmImageFiles {
  /** Identifies the image (hash key); part of a snapshot's identity. */
  id: string;
  kernel: string;
  initrd: string;
  rootfs: string;
}

const FILES = ['vmlinuz', 'initrd.img', 'rootfs.qcow2'] as const;

function filesIn(dir: string, id: string): VmImageFiles | null {
  if (!existsSync(join(dir, 'complete')) || !FILES.every((f) => existsSync(join(dir, f)))) return null;
  return {
    id,
    kernel: join(dir, 'vmlinuz'),
    initrd: join(dir, 'initrd.img'),
    rootfs: join(dir, 'rootfs.qcow2'),
  };
}

/** sha256 over build-image.sh and every file under guest/, by name and content. */
export function buildScriptKey(scriptsDir: string): string {
  const hash = createHash('sha256');
  const add = (rel: string): void => {
    hash
      .update(rel)
      .update('\0')
      .update(readFileSync(join(scriptsDir, rel)))
      .update('\0');
  };
  add('build-image.sh');
  for (const name of readdirSync(join(scriptsDir, 'guest')).sort()) add(join('guest', name));
  return hash.digest('hex').slice(0, 16);
}

export interface BuildOptions {
  scriptsDir: string;
  cacheDir: string;
  onLine?: (line: string) => void;
  signal?: AbortSignal;
}

/** The image built by the script, building it first when the cache lacks it. Resolves with timing. */
export async function ensureBuiltImage(
  options: BuildOptions,
): Promise<VmImageFiles & { builtMs: number | null }> {
  const key = buildScriptKey(options.scriptsDir);
  const dir = join(options.cacheDir, `image-${key}`);
  const cached = filesIn(dir, `built-${key}`);
  if (cached) return { ...cached, builtMs: null };
  mkdirSync(options.cacheDir, { recursive: true });
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('bash', [join(options.scriptsDir, 'build-image.sh'), dir, options.cacheDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: options.signal,
    });
    let tail = '';
    const onData = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      tail = (tail + text).slice(-4000);
      for (const line of text.split('\n')) if (line.trim()) options.onLine?.(line);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `Building the VM image failed (exit ${code}): ${tail.trim().split('\n').slice(-5).join(' / ')}`,
          ),
        );
    });
  });
  const built = filesIn(dir, `built-${key}`);
  if (!built) throw new Error(`The VM image build finished but ${dir} is incomplete`);
  return { ...built, builtMs: Date.now() - started };
}

export interface DownloadOptions {
  url: string;
  sha256: string;
  cacheDir: string;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
}

/** The image from settings: a tar of the three files, downloaded once and verified. */
export async function ensureDownloadedImage(options: DownloadOptions): Promise<VmImageFiles> {
  const sha = normaliseSha256(options.sha256);
  const dir = join(options.cacheDir, `download-${sha.slice(0, 16)}`);
  const id = `download-${sha.slice(0, 16)}`;
  const cached = filesIn(dir, id);
  if (cached) return cached;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = join(dir, 'image.tar');
  await downloadVerified(options.url, sha, archive, options.onProgress, options.signal);
  await new Promise<void>((resolve, reject) => {
    const child = spawn('tar', ['-xf', archive, '-C', dir, ...FILES], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error('The VM image archive lacks vmlinuz, initrd.img or rootfs.qcow2')),
    );
  });
  rmSync(archive, { force: true });
  for (const f of FILES)
    if (!statSync(join(dir, f)).isFile()) throw new Error(`The VM image archive has no ${f}`);
  await import('node:fs/promises').then((fs) => fs.writeFile(join(dir, 'complete'), `${sha}\n`));
  const files = filesIn(dir, id);
  if (!files) throw new Error('The VM image is incomplete after download');
  return files;
}
