// The VM image for users comes from a URL with a SHA-256 in settings: downloaded with progress to a
// temporary file, hashed while it streams, and moved into place only when the digest matches.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';

export interface DownloadProgress {
  received: number;
  /** From Content-Length; null when the server does not say. */
  total: number | null;
}

export function normaliseSha256(hex: string): string {
  const h = hex
    .trim()
    .toLowerCase()
    .replace(/^sha256:/, '');
  if (!/^[0-9a-f]{64}$/.test(h))
    throw new Error('The image checksum is not a SHA-256 (64 hexadecimal digits).');
  return h;
}

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Throws, in words, when the file's digest is not the expected one. */
export async function verifyFile(path: string, expectedSha256: string): Promise<void> {
  const expected = normaliseSha256(expectedSha256);
  const actual = await sha256OfFile(path);
  if (actual !== expected) {
    throw new Error(
      `The VM image is damaged or not the expected one: its SHA-256 is ${actual}, settings expect ${expected}.`,
    );
  }
}

/**
 * Downloads `url` to `dest`, verifying the SHA-256 as it streams. Nothing is left at `dest` unless
 * the digest matches. Only http(s) URLs.
 */
export async function downloadVerified(
  url: string,
  expectedSha256: string,
  dest: string,
  onProgress?: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<void> {
  const expected = normaliseSha256(expectedSha256);
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new Error(`The VM image URL must be http or https, not ${parsed.protocol}`);
  }
  const response = await fetch(parsed, { signal, redirect: 'follow' });
  if (!response.ok || !response.body) {
    throw new Error(`Downloading the VM image failed: ${response.status} ${response.statusText}`.trim());
  }
  const lengthHeader = response.headers.get('content-length');
  const total = lengthHeader !== null && /^\d+$/.test(lengthHeader) ? Number(lengthHeader) : null;
  const partial = `${dest}.partial`;
  const hash = createHash('sha256');
  let received = 0;
  // Hashes and counts what passes on to the file. pipeline() owns the streams: whichever side
  // fails, every stream is destroyed with an error listener in place, so a late write error of the
  // file can never escape as an uncaught exception.
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      received += chunk.length;
      onProgress?.({ received, total });
      done(null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>),
      meter,
      createWriteStream(partial, { mode: 0o644 }),
      signal ? { signal } : {},
    );
    const actual = hash.digest('hex');
    if (total !== null && received !== total) {
      throw new Error(`The VM image download stopped early: ${received} of ${total} bytes.`);
    }
    if (actual !== expected) {
      throw new Error(
        `The downloaded VM image does not match its checksum: got ${actual}, expected ${expected}.`,
      );
    }
    renameSync(partial, dest);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
