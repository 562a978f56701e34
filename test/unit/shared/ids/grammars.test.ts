// The one grammar of each id, name, reference and path: real engine ids and names pass; anything
// that could change an engine URL or a tar header ("/", "..", NUL and other controls) does not.
import { describe, expect, it } from 'vitest';
import {
  containerIdOrNameSchema,
  containerPathSchema,
  execIdSchema,
  fileNameSchema,
  fullImageIdSchema,
  imageIdOrReferenceSchema,
  imageReferenceSchema,
  networkIdOrNameSchema,
  sessionIdSchema,
  uploadIdSchema,
  volumeNameSchema,
  relativePathProblem,
} from '@shared/ids';
import type { z } from 'zod';

const hex64 = '4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a99887766554433221100ffeeddccbbaa99';
const digest = `sha256:${hex64}`;
const ok = (schema: z.ZodType, value: unknown) =>
  expect(schema.safeParse(value).success, String(value)).toBe(true);
const bad = (schema: z.ZodType, value: unknown) =>
  expect(schema.safeParse(value).success, JSON.stringify(value)).toBe(false);

const hostile = [
  '',
  '..',
  'a/../../../127.0.0.1:1',
  '../etc',
  '/etc/passwd',
  'a\u0000b',
  '..\u0000',
  'a\nb',
  'a\u007fb',
  'a\u0085b',
  'a?b',
  'a#b',
  'a b',
  'x'.repeat(600),
];

describe('container id or name', () => {
  it.each([hex64, hex64.slice(0, 12), 'my_app-1.2', 'web', 'berth-it.c_1', 'A1'])('accepts %s', (value) =>
    ok(containerIdOrNameSchema, value),
  );
  it.each([...hostile, '_x', '.x', '-x', 'a/b', 'é'])('refuses %j', (value) =>
    bad(containerIdOrNameSchema, value),
  );
});

describe('volume name and network id or name', () => {
  it('accepts engine names and ids', () => {
    ok(volumeNameSchema, 'my_app-data.1');
    ok(volumeNameSchema, hex64);
    ok(networkIdOrNameSchema, 'bridge');
    ok(networkIdOrNameSchema, 'my_net-1.2');
    ok(networkIdOrNameSchema, hex64.slice(0, 12));
  });
  it.each(hostile)('refuses %j', (value) => {
    bad(volumeNameSchema, value);
    bad(networkIdOrNameSchema, value);
  });
  it('refuses a one-character volume name, as the engine does', () => bad(volumeNameSchema, 'a'));
});

describe('image reference', () => {
  it.each([
    'busybox',
    'busybox:1.36',
    'library/busybox:latest',
    'localhost:5000/a/b:tag',
    `localhost:5000/a/b:tag@${digest}`,
    `busybox@${digest}`,
    '127.0.0.1:5000/berth/busybox',
    'registry.example.com/team/app_1-x.y:v1.2.3',
  ])('accepts %s', (value) => ok(imageReferenceSchema, value));
  it.each([...hostile, 'Busybox', 'a:b:c', hex64, 'a//b', 'a/./b', 'a/../b', '-a'])('refuses %j', (value) =>
    bad(imageReferenceSchema, value),
  );
});

describe('image id or reference', () => {
  it.each([
    digest,
    hex64,
    hex64.slice(0, 12),
    'sha256:4f3c2b',
    'busybox',
    `localhost:5000/a/b:tag@${digest}`,
  ])('accepts %s', (value) => ok(imageIdOrReferenceSchema, value));
  it.each([...hostile, '<none>:<none>', 'sha256:../x', 'sha256:ab/../c'])('refuses %j', (value) =>
    bad(imageIdOrReferenceSchema, value),
  );
  it('full ids are sha256: and 64 hex digits', () => {
    ok(fullImageIdSchema, digest);
    bad(fullImageIdSchema, hex64);
    bad(fullImageIdSchema, 'sha256:4f3c');
  });
});

describe('exec, upload and session ids', () => {
  it('accepts what the engine and the backend make', () => {
    ok(execIdSchema, hex64);
    ok(uploadIdSchema, '0b7e3f52-2a1c-4d7e-9f10-8c2d3e4f5a6b');
    ok(sessionIdSchema, '0b7e3f52-2a1c-4d7e-9f10-8c2d3e4f5a6b');
  });
  it.each(hostile)('refuses %j', (value) => {
    bad(execIdSchema, value);
    bad(uploadIdSchema, value);
    bad(sessionIdSchema, value);
  });
});

describe('file name (one plain child of a folder)', () => {
  it.each(['notes.txt', '.env', '...', 'a..b', '한국어 파일.txt', 'x'.repeat(255), 'with space'])(
    'accepts %j',
    (value) => ok(fileNameSchema, value),
  );
  it.each([
    '',
    '.',
    '..',
    '..\u0000',
    'a\u0000b',
    'a\tb',
    'a\rb',
    'a\u001bb',
    'a\u007f',
    'a\u009b',
    'a/b',
    '../x',
    'a\\b',
    '..\\x',
    ' .. ',
    'x'.repeat(256),
  ])('refuses %j', (value) => bad(fileNameSchema, value));
});

describe('path inside a container', () => {
  it.each(['/', '/etc', '/etc/', '/var/lib/my_app-1.2/data', '/tmp/한국어', '/a..b/.c'])(
    'accepts %j',
    (value) => ok(containerPathSchema, value),
  );
  it.each([
    '',
    'etc',
    '../etc',
    '/etc/..',
    '/etc/../..',
    '/./etc',
    '//etc',
    '/etc//x',
    '/etc\u0000',
    '/etc/\u0001x',
    '/etc\\x',
    `/${'x'.repeat(4096)}`,
  ])('refuses %j', (value) => bad(containerPathSchema, value));
});

describe('wrong types', () => {
  it.each([null, undefined, 1, -1, 1e308, {}, [], true])('refuses %j everywhere', (value) => {
    for (const schema of [
      containerIdOrNameSchema,
      imageReferenceSchema,
      imageIdOrReferenceSchema,
      volumeNameSchema,
      networkIdOrNameSchema,
      execIdSchema,
      uploadIdSchema,
      fileNameSchema,
      containerPathSchema,
    ])
      bad(schema, value);
  });
});

describe('relative path inside a folder (a Dockerfile in its build context)', () => {
  it.each(['Dockerfile', 'docker/app.Dockerfile', './Dockerfile', 'a..b/Dockerfile'])('accepts %j', (value) =>
    expect(relativePathProblem(value)).toBeNull(),
  );
  it.each([
    '',
    '../Dockerfile',
    'a/../../etc/shadow',
    '/etc/shadow',
    '\\\\x',
    'C:\\x',
    'a\\..\\b',
    'Docker\u0000file',
  ])('refuses %j', (value) => expect(relativePathProblem(value)).not.toBeNull());
});
