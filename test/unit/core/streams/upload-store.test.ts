// The one upload store: aligned chunks in any order assemble the file; a repeated, misaligned or
// wrongly sized chunk ends the upload; open uploads are capped; dispose leaves no temp files.
import { closeSync, existsSync, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { UploadError, UploadStore } from '@core/streams/upload-store';
import { TempDirs } from '@core/temp-dirs';

const stores: UploadStore<string>[] = [];
const tempDirs = new TempDirs();
function store(maxOpen = 4) {
  const made = new UploadStore<string>(
    {
      kind: 'upload',
      chunkBytes: 4,
      maxBytes: 64,
      maxOpen,
      idleMs: 60_000,
    },
    tempDirs,
  );
  stores.push(made);
  return made;
}
afterEach(() => stores.splice(0).forEach((s) => s.dispose()));
afterAll(() => tempDirs.dispose());

describe('UploadStore', () => {
  it('assembles chunks sent in any order, and hands the file and its meta to finish', async () => {
    const s = store();
    const id = s.start(10, 'meta');
    expect(await s.append(id, 8, Buffer.from('ij'))).toBe(2);
    expect(await s.append(id, 0, Buffer.from('abcd'))).toBe(6);
    expect(await s.append(id, 4, Buffer.from('efgh'))).toBe(10);
    let seen = '';
    const out = await s.finish(id, async (file, meta, size) => {
      seen = file;
      return `${meta}:${size}:${readFileSync(file, 'utf8')}`;
    });
    expect(out).toBe('meta:10:abcdefghij');
    expect(existsSync(seen)).toBe(false);
    expect(s.openCount).toBe(0);
  });

  it.each([
    ['misaligned', 1, 'abcd', /multiple of 4 bytes inside the file, not at offset 1/],
    ['past the end', 12, 'ab', /not at offset 12/],
    ['negative', -4, 'abcd', /not at offset -4/],
    ['too long', 0, 'abcde', /has 5 bytes, not 4/],
    ['too short', 0, 'ab', /has 2 bytes, not 4/],
  ])('refuses a %s chunk and ends the upload', async (_what, offset, data, message) => {
    const s = store();
    const id = s.start(10, 'x');
    await expect(s.append(id, offset, Buffer.from(data))).rejects.toThrow(message);
    await expect(s.append(id, 0, Buffer.from('abcd'))).rejects.toThrow(/unknown or has expired/);
    expect(s.openCount).toBe(0);
  });

  it('refuses a chunk sent twice', async () => {
    const s = store();
    const id = s.start(8, 'x');
    await s.append(id, 0, Buffer.from('abcd'));
    await expect(s.append(id, 0, Buffer.from('abcd'))).rejects.toThrow(/already sent/);
  });

  it('refuses an incomplete upload at finish, too large or too many uploads at start', async () => {
    const s = store(2);
    const id = s.start(8, 'x');
    await expect(s.finish(id, async () => 'never')).rejects.toThrow(/incomplete: 0 of 8/);
    expect(() => s.start(65, 'x')).toThrow(UploadError);
    expect(() => s.start(-1, 'x')).toThrow(UploadError);
    s.start(1, 'a');
    s.start(1, 'b');
    expect(() => s.start(1, 'c')).toThrow(/at most 2/);
  });

  it('an empty file needs no chunk; dispose removes the temp folder', async () => {
    const s = store();
    const id = s.start(0, 'x');
    let dir = '';
    expect(await s.finish(id, async (file) => ((dir = path.dirname(file)), readFileSync(file).length))).toBe(
      0,
    );
    s.start(4, 'y');
    s.dispose();
    expect(existsSync(dir)).toBe(false);
    expect(s.openCount).toBe(0);
  });

  it('closes the file once: what the process opens while finish runs stays open afterwards', async () => {
    const s = store();
    const id = s.start(4, 'meta');
    await s.append(id, 0, Buffer.from('abcd'));
    let other = -1;
    await s.finish(id, async (file) => {
      // The upload's descriptor is closed by now, so this open is likely to get its number.
      other = openSync(file, 'r');
    });
    try {
      expect(() => fstatSync(other)).not.toThrow();
    } finally {
      closeSync(other);
    }
  });

  it('counts a chunk once it is written, so finish cannot close the file under a write', async () => {
    const s = store();
    const id = s.start(8, 'meta');
    await s.append(id, 0, Buffer.from('abcd'));
    const last = s.append(id, 4, Buffer.from('efgh'));
    // The last chunk is still being written: the upload is not complete yet.
    await expect(s.finish(id, async () => 'used')).rejects.toThrow(/incomplete: 4 of 8/);
    await expect(last).resolves.toBe(8);
  });
});
