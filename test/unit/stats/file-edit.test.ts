// The Files tab's edits, without an engine: binary detection, command lines, path refusals.
import { describe, expect, it } from 'vitest';
import { deletePath, makeFolder, textOf, viewFile } from '@core/containers/file-edit';
import { deletePathCommand, makeFolderCommand, viewFileCommand } from '@shared/cli/stats-commands';
import { filesDeleteInput } from '@shared/api/container-files';
import type Dockerode from 'dockerode';

describe('textOf', () => {
  it('reads UTF-8 text, and calls NULs or invalid UTF-8 binary', () => {
    expect(textOf(Buffer.from('héllo 안녕\n'))).toBe('héllo 안녕\n');
    expect(textOf(Buffer.from([0x61, 0x00, 0x62]))).toBeNull();
    expect(textOf(Buffer.from([0xff, 0xfe, 0x41]))).toBeNull();
    expect(textOf(Buffer.alloc(0))).toBe('');
  });
});

describe('command lines', () => {
  it('quotes paths and ends options with --', () => {
    expect(deletePathCommand('web', '/tmp/a b')).toBe("docker exec web rm -rf -- '/tmp/a b'");
    expect(makeFolderCommand('web', '/data/-x')).toBe('docker exec web mkdir -- /data/-x');
    expect(viewFileCommand('web', '/etc/passwd')).toBe('docker cp web:/etc/passwd -');
  });
});

describe('paths are refused before the engine', () => {
  // Any call on this engine fails the test: refusals must come first.
  const engine = new Proxy(
    {},
    {
      get: () => {
        throw new Error('the engine was called');
      },
    },
  ) as unknown as Dockerode;
  for (const path of ['/', '/a/../b', 'relative', '/a\u0000b', '/a//b', '/a\\b']) {
    it(`refuses ${JSON.stringify(path)}`, async () => {
      expect(filesDeleteInput.safeParse({ id: 'web', path }).success).toBe(false);
      await expect(makeFolder(engine, 'web', path)).rejects.toThrow(/path|name/i);
      await expect(viewFile(engine, 'web', path)).rejects.toThrow(/path|name/i);
      await expect(deletePath(engine, 'web', path)).rejects.toThrow(/path|name/i);
    });
  }
});
