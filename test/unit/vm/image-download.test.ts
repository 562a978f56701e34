// Image download and verification against a local HTTP server on the loopback.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  downloadVerified,
  normaliseSha256,
  verifyFile,
  type DownloadProgress,
} from '@core/vm/image-download';

const payload = Buffer.alloc(300_000, 7);
payload.write('berth-vm-image');
const good = createHash('sha256').update(payload).digest('hex');
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'berth-dl-'));
  server = createServer((req, res) => {
    if (req.url === '/image.tar') {
      res.writeHead(200, { 'content-length': String(payload.length) });
      res.end(payload);
    } else if (req.url === '/short.tar') {
      res.writeHead(200, { 'content-length': String(payload.length + 10) });
      res.write(payload, () => res.destroy()); // promises more than it sends, then hangs up
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('downloadVerified', () => {
  it('downloads with progress and keeps the file when the SHA-256 matches', async () => {
    const dest = join(dir, 'ok.tar');
    const progress: DownloadProgress[] = [];
    await downloadVerified(`${base}/image.tar`, `sha256:${good.toUpperCase()}`, dest, (p) =>
      progress.push(p),
    );
    expect(readFileSync(dest).equals(payload)).toBe(true);
    expect(progress.at(-1)).toEqual({ received: payload.length, total: payload.length });
    expect(progress.every((p, i) => i === 0 || p.received >= progress[i - 1]!.received)).toBe(true);
  });

  it('leaves nothing behind when the digest differs', async () => {
    const dest = join(dir, 'bad.tar');
    const wrong = 'f'.repeat(64);
    await expect(downloadVerified(`${base}/image.tar`, wrong, dest)).rejects.toThrow(
      /does not match its checksum/,
    );
    expect(existsSync(dest)).toBe(false);
    expect(existsSync(`${dest}.partial`)).toBe(false);
  });

  it('refuses HTTP errors, non-http URLs and checksums that are not SHA-256', async () => {
    await expect(downloadVerified(`${base}/missing`, good, join(dir, 'm'))).rejects.toThrow(/404/);
    await expect(downloadVerified('file:///etc/passwd', good, join(dir, 'f'))).rejects.toThrow(
      /http or https/,
    );
    expect(() => normaliseSha256('abc')).toThrow(/SHA-256/);
  });

  it('notices a download that stops early', async () => {
    const dest = join(dir, 'short.tar');
    await expect(downloadVerified(`${base}/short.tar`, good, dest)).rejects.toThrow();
    expect(existsSync(dest)).toBe(false);
  });
});

describe('verifyFile', () => {
  it('accepts the right digest and names both digests when wrong', async () => {
    const file = join(dir, 'local.img');
    writeFileSync(file, payload);
    await expect(verifyFile(file, good)).resolves.toBeUndefined();
    await expect(verifyFile(file, '0'.repeat(64))).rejects.toThrow(new RegExp(`its SHA-256 is ${good}`));
  });
});
