// The browser's context tar, read back by tar-stream (what the backend unpacks it with).
import { Readable } from 'node:stream';
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { tarParts, type TarFile } from '@shared/format/tar-blob';

async function readBack(files: TarFile<Uint8Array>[]) {
  const bytes = Buffer.concat(tarParts(files).map((part) => Buffer.from(part)));
  expect(bytes.length % 512).toBe(0);
  const extract = tar.extract();
  Readable.from([bytes]).pipe(extract);
  const out: { name: string; mode: number | undefined; mtime: Date | undefined; text: string }[] = [];
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    out.push({ ...entry.header, text: Buffer.concat(chunks).toString('utf8') } as never);
  }
  return out.map(({ name, mode, mtime, text }) => ({ name, mode, mtime, text }));
}

const file = (path: string, text: string, mtime = 1_700_000_000_000): TarFile<Uint8Array> => {
  const content = new TextEncoder().encode(text);
  return { path, size: content.length, mtime, content };
};

describe('tarParts', () => {
  it('writes names, contents, mode 0755 and mtime that tar readers read back', async () => {
    const entries = await readBack([file('Dockerfile', 'FROM busybox\n'), file('src/app.sh', 'echo hi\n')]);
    expect(entries).toEqual([
      { name: 'Dockerfile', mode: 0o755, mtime: new Date(1_700_000_000_000), text: 'FROM busybox\n' },
      { name: 'src/app.sh', mode: 0o755, mtime: new Date(1_700_000_000_000), text: 'echo hi\n' },
    ]);
  });

  it('keeps Korean and long names whole (PAX records), and empty and block-sized files', async () => {
    const long = `${'deep/'.repeat(40)}file.txt`;
    const names = ['안녕/세상.txt', long, 'empty', 'block'];
    const entries = await readBack([
      file(names[0]!, '한글'),
      file(long, 'long'),
      file('empty', ''),
      file('block', 'x'.repeat(512)),
    ]);
    expect(entries.map((entry) => entry.name)).toEqual(names);
    expect(entries.map((entry) => entry.text)).toEqual(['한글', 'long', '', 'x'.repeat(512)]);
  });

  it('writes PAX record lengths that count their own digits', async () => {
    // Names whose record length crosses a power of ten (99 → 100 bytes) are the edge.
    for (let length = 80; length <= 100; length++) {
      const name = `한${'a'.repeat(length)}`;
      expect((await readBack([file(name, 'x')]))[0]!.name).toBe(name);
    }
  });
});
