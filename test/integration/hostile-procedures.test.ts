// Every procedure of the router, called with random and hostile input through a tRPC caller on a
// real backend: huge strings, unicode and control characters, NUL, "..", absolute paths, an id
// that names another host, negative and huge numbers, wrong types. Afterwards the backend still
// answers, and no file outside the target changed (a canary folder on the host, and a folder
// bind-mounted into the one container the fuzz may touch). The procedure list comes from the
// router itself, so a new procedure is fuzzed without editing this file.
//
// Safety on the shared engine: every generated string that could name an engine object (letters,
// digits, "_.-:/@", once trimmed) gets the prefix "zzfuzz", so it can never be a real container's
// name, an ID prefix (z is not hex) or an existing image; only the files, logs, stats, inspect,
// top and exec procedures may also name this file's own container. Two procedures are constrained:
// - images.build is not called: it tars whatever host folder the input names ("/" would tar the
//   machine); which folders a build may read is the web policy's job, tested there.
// - settings.update never gets `engineHost`: retargeting the engine is an operator decision (the
//   web policy again), and it would point this backend away from the harness engine.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { appRouter } from '../../src/main/core/router';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startTestBackend, type TestBackend } from './image-build-support';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const suffix = `${process.pid}-${Date.now().toString(36)}`;
const holder = `it-fuzz-${suffix}`;
const SEED = 20261128;
const RUNS_PER_PROCEDURE = 12;
const CALL_MS = 3000;
const SKIPPED = new Set(['images.build']);
const OMITTED_KEYS: Record<string, string[]> = { 'settings.update': ['engineHost'] };
const MAY_NAME_HOLDER = /^containers\.(inspect|top|logs|stats|statsMany|files\w*|execStart)$/;

let t: TestBackend;
let root: string;
let canary: string;
let bound: string;

type Procedure = { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: z.ZodType[] } };
const procedures = Object.entries(
  (appRouter as unknown as { _def: { procedures: Record<string, Procedure> } })._def.procedures,
).sort(([a], [b]) => a.localeCompare(b));

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else out[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** A string that could name an engine object gets a prefix no real object has. */
function defanged(value: string, mayNameHolder: boolean): string {
  const trimmed = value.trim();
  if (mayNameHolder && trimmed === holder) return value;
  return /^[a-zA-Z0-9][a-zA-Z0-9_.:/@-]*$/.test(trimmed) ? `zzfuzz${trimmed}` : value;
}

function hostileString(mayNameHolder: boolean): fc.Arbitrary<string> {
  const fixed = [
    '',
    '.',
    '..',
    '../',
    '../../../../etc/passwd',
    '/',
    '/etc/passwd',
    '//etc',
    'a/../../../127.0.0.1:1',
    'a%2F..%2F..%2F..%2F127.0.0.1%3A1',
    '..\u0000',
    '.\u0000',
    'a\u0000b',
    '\u0000',
    'x\r\nHost: evil',
    '\u0085\u009b',
    '\u202etxt.exe',
    '😀',
    '한국어',
    'C:\\Windows\\system32',
    '..\\..\\x',
    '?a=b#c',
    '%00',
    `sha256:${'0'.repeat(64)}`,
    '0'.repeat(64),
    'http://127.0.0.1:1/',
    'tcp://127.0.0.1:1',
    'x'.repeat(70_000),
    '.'.repeat(5000),
    canary,
    `${canary}/canary.txt`,
    `${canary}/../${path.basename(canary)}/canary.txt`,
    bound,
    '/mnt/bound',
    '/mnt/bound/..',
    '/mnt/bound/keep.txt',
  ];
  if (mayNameHolder) fixed.push(holder);
  return fc
    .oneof(
      fc.constantFrom(...fixed),
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
      fc.stringMatching(/^[a-z0-9._/-]{1,24}$/),
    )
    .map((value) => defanged(value, mayNameHolder));
}

function hostileLeaf(mayNameHolder: boolean): fc.Arbitrary<unknown> {
  const text = hostileString(mayNameHolder);
  return fc.oneof(
    { weight: 6, arbitrary: text },
    {
      weight: 2,
      arbitrary: fc.constantFrom(-1, 0, 1, -0, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, NaN, Infinity),
    },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, {}, [], [[]], { toString: 1 }) },
    { weight: 1, arbitrary: fc.array(text, { maxLength: 4 }) },
  );
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } };
  for (let i = 0; i < 8 && current._zod.def.innerType; i++)
    current = current._zod.def.innerType as unknown as typeof current;
  return current as unknown as z.ZodType;
}

/** Inputs shaped like the schema (keys and nesting), with hostile values; or anything at all. */
function hostileInput(
  schema: z.ZodType | undefined,
  mayNameHolder: boolean,
  omit: string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  const leaf = hostileLeaf(mayNameHolder);
  if (!schema || depth > 3) return leaf;
  const inner = unwrap(schema) as unknown as {
    _zod: { def: { type: string; element?: z.ZodType } };
    shape?: Record<string, z.ZodType>;
  };
  const type = inner._zod.def.type;
  if (type === 'object' && inner.shape) {
    const keys = Object.keys(inner.shape).filter((key) => !omit.includes(key));
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const key of keys) record[key] = hostileInput(inner.shape[key], mayNameHolder, [], depth + 1);
    return fc.oneof(
      { weight: 8, arbitrary: fc.record(record, { requiredKeys: [] }) },
      { weight: 1, arbitrary: leaf },
    );
  }
  if (type === 'array' && inner._zod.def.element) {
    return fc.oneof(
      {
        weight: 4,
        arbitrary: fc.array(hostileInput(inner._zod.def.element, mayNameHolder, [], depth + 1), {
          maxLength: 5,
        }),
      },
      { weight: 1, arbitrary: leaf },
    );
  }
  return leaf;
}

function bounded<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Calls one procedure; failures are the expected outcome. Subscriptions are read briefly, then aborted. */
async function callOnce(name: string, type: string, input: unknown): Promise<void> {
  const abort = new AbortController();
  const caller = appRouter.createCaller(t.backend.context(), { signal: abort.signal }) as unknown as Record<
    string,
    Record<string, (input: unknown) => Promise<unknown>>
  >;
  const [area, procedure] = name.split('.') as [string, string];
  const call = caller[area]![procedure]!;
  try {
    if (type !== 'subscription') {
      await bounded(
        Promise.resolve(call(input)).catch(() => undefined),
        CALL_MS,
      );
      return;
    }
    const iterable = await bounded(call(input), CALL_MS);
    if (iterable === 'timeout' || !iterable) return;
    const iterator = (iterable as AsyncIterable<unknown>)[Symbol.asyncIterator]();
    for (let i = 0; i < 3; i++) {
      const next = await bounded(iterator.next(), 300);
      if (next === 'timeout' || next.done) break;
    }
    abort.abort();
    await bounded(
      Promise.resolve(iterator.return?.()).catch(() => undefined),
      CALL_MS,
    );
  } catch {
    // refused input, engine errors: the expected answers
  } finally {
    abort.abort();
  }
}

beforeAll(async () => {
  t = await startTestBackend(env.dockerHost);
  root = mkdtempSync(path.join(os.tmpdir(), 'berth-it-fuzz-'));
  canary = path.join(root, 'canary');
  bound = path.join(root, 'bound');
  mkdirSync(path.join(canary, 'inner'), { recursive: true });
  mkdirSync(bound);
  writeFileSync(path.join(canary, 'canary.txt'), 'canary\n');
  writeFileSync(path.join(canary, 'inner', 'deep.txt'), 'deep\n');
  writeFileSync(path.join(canary, 'Dockerfile'), 'FROM scratch\n');
  writeFileSync(path.join(bound, 'keep.txt'), 'keep\n');
  await docker([
    'run',
    '-d',
    '--name',
    holder,
    '-v',
    `${bound}:/mnt/bound`,
    env.busyboxImage,
    'sleep',
    '600',
  ]);
}, 60_000);

afterAll(async () => {
  await docker(['rm', '-f', holder]).catch(() => undefined);
  t?.dispose();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('every procedure with hostile input', () => {
  it('finds the procedures in the router', () => {
    expect(procedures.length).toBeGreaterThan(40);
    expect(procedures.map(([name]) => name)).toContain('images.inspect');
  });

  it('calls each one, and the backend still answers with no file outside the target changed', async () => {
    const before = { canary: snapshot(canary), bound: snapshot(bound) };
    const called: string[] = [];
    for (const [index, [name, procedure]] of procedures.entries()) {
      if (SKIPPED.has(name)) continue;
      const arbitrary = hostileInput(
        procedure._def.inputs[0],
        MAY_NAME_HOLDER.test(name),
        OMITTED_KEYS[name] ?? [],
      );
      await fc.assert(
        fc.asyncProperty(arbitrary, async (input) => {
          await callOnce(name, procedure._def.type, input);
          // One call, whatever it was, leaves the backend connected to its engine.
          expect(t.backend.engine.status().state, name).toBe('connected');
        }),
        { seed: SEED + index, numRuns: RUNS_PER_PROCEDURE, endOnFailure: true },
      );
      called.push(name);
    }
    expect(called.length).toBe(procedures.length - SKIPPED.size);

    expect(t.backend.engine.status().state).toBe('connected');
    expect(Array.isArray(await t.caller.containers.list({ all: true }))).toBe(true);
    expect((await t.caller.engine.info()).containers.running).toBeGreaterThanOrEqual(1);
    expect(await docker(['inspect', '--format', '{{.State.Running}}', holder])).toBe('true');
    expect(snapshot(canary)).toEqual(before.canary);
    expect(snapshot(bound)).toEqual(before.bound);
  }, 240_000);
});
