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
// - images.build.run is not called: it tars whatever host folder the input names ("/" would tar the
//   machine); which folders a build may read is the web policy's job, tested there.
// - settings.update never gets `engineHost`: retargeting the engine is an operator decision (the
//   web policy again), and it would point this backend away from the harness engine.
// - providers.start/stop/restart/factoryReset are not called: their input is at most a provider
//   name or a confirmation (schema-checked like the rest), and what they do is start, stop or
//   delete Berth's own engine, which provider-native.test.ts exercises for real.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '@core/router';
import { dockerCli } from '../harness/cli';
import { harnessEnv } from '../harness/inject';
import { startTestBackend, type TestBackend } from './image-build-support';
import { containerFixture } from '../support/containers';
import { snapshot } from '../support/file-snapshot';

const env = harnessEnv();
const docker = (args: string[]) => dockerCli(env.dockerHost, args);
const containers = containerFixture(env.dockerHost);
const holder = containers.name('it-fuzz');
const SEED = 20261128;
const RUNS_PER_PROCEDURE = 12;
const CALL_MS = 3000;
const SKIPPED = new Set([
  'images.build.run',
  'providers.start',
  'providers.stop',
  'providers.restart',
  'providers.factoryReset',
]);
const OMITTED_KEYS: Record<string, string[]> = { 'settings.update': ['engineHost'] };
// files.delete and files.mkdir change files on purpose when given a valid path (that is their job),
// so they get a container that does not exist: their path parsing is still exercised.
const MAY_NAME_HOLDER =
  /^containers\.(inspect|top|logs\.follow|stats\.follow|stats\.followMany|files\.(?!delete|mkdir)[\w.]+|terminal\.exec)$/;

let t: TestBackend;
let root: string;
let canary: string;
let bound: string;

type Procedure = { _def: { type: 'query' | 'mutation' | 'subscription'; inputs: unknown[] } };
const procedures = Object.entries(
  (appRouter as unknown as { _def: { procedures: Record<string, Procedure> } })._def.procedures,
).sort(([a], [b]) => a.localeCompare(b));

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
      { weight: 3, arbitrary: fc.constantFrom(...fixed) },
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
      fc.stringMatching(/^[a-z0-9._/-]{1,24}$/),
    )
    .map((value) => defanged(value, mayNameHolder));
}

function hostileLeaf(mayNameHolder: boolean): fc.Arbitrary<unknown> {
  const text = hostileString(mayNameHolder);
  return fc.oneof(
    { weight: 4, arbitrary: text },
    { weight: 2, arbitrary: hostileNumber },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, {}, [], [[]], { toString: 1 }) },
    { weight: 1, arbitrary: fc.array(text, { maxLength: 4 }) },
  );
}

const hostileNumber = fc.oneof(
  fc.constantFrom(-1, 0, 1, -0, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, NaN, Infinity, 0.5),
  fc.integer(),
  fc.double(),
);

interface ZodLike {
  _zod: {
    def: {
      type: string;
      innerType?: ZodLike;
      in?: ZodLike;
      element?: ZodLike;
      entries?: Record<string, string>;
      values?: unknown[];
      options?: ZodLike[];
    };
  };
  shape?: Record<string, ZodLike>;
}

/** Wrappers (default, optional, pipe...) around the schema that says what the value is. */
function unwrap(schema: ZodLike): ZodLike {
  let current = schema;
  for (let i = 0; i < 8; i++) {
    const def = current._zod.def;
    const next = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!next) break;
    current = next;
  }
  return current;
}

/**
 * Values of the schema's own shape and types (so that one hostile string is not hidden behind a
 * wrong type elsewhere), with hostile strings and numbers, and now and then a wrong type.
 */
function hostileInput(
  schema: ZodLike | undefined,
  holderOk: boolean,
  omit: string[],
  depth = 0,
): fc.Arbitrary<unknown> {
  const leaf = hostileLeaf(holderOk);
  if (!schema || depth > 4) return leaf;
  const inner = unwrap(schema);
  const def = inner._zod.def;
  let typed: fc.Arbitrary<unknown>;
  if (def.type === 'object' && inner.shape) {
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const key of Object.keys(inner.shape).filter((k) => !omit.includes(k)))
      record[key] = hostileInput(inner.shape[key], holderOk, [], depth + 1);
    typed = fc.record(record);
  } else if (def.type === 'array' && def.element) {
    typed = fc.array(hostileInput(def.element, holderOk, [], depth + 1), { maxLength: 4 });
  } else if (def.type === 'string') typed = hostileString(holderOk);
  else if (def.type === 'number') typed = fc.oneof(fc.constantFrom(0, 1, 3, 80, 1000), hostileNumber);
  else if (def.type === 'boolean') typed = fc.boolean();
  else if (def.type === 'enum' && def.entries) typed = fc.constantFrom(...Object.values(def.entries));
  else if (def.type === 'literal' && def.values?.length) typed = fc.constantFrom(...def.values);
  else if (def.type === 'union' && def.options?.length)
    typed = fc.oneof(...def.options.map((option) => hostileInput(option, holderOk, [], depth + 1)));
  else return leaf;
  return fc.oneof({ weight: 9, arbitrary: typed }, { weight: 1, arbitrary: leaf });
}

/** A harmless, well-formed value for a field, by its name: the background of an example. */
function benign(schema: ZodLike | undefined, key: string, holderOk: boolean, omit: string[]): unknown {
  if (!schema) return undefined;
  const inner = unwrap(schema);
  const def = inner._zod.def;
  if (def.type === 'object' && inner.shape) {
    const out: Record<string, unknown> = {};
    for (const child of Object.keys(inner.shape).filter((k) => !omit.includes(k)))
      out[child] = benign(inner.shape[child], child, holderOk, []);
    return out;
  }
  if (def.type === 'array' && def.element) return [benign(def.element, key, holderOk, [])];
  if (def.type === 'number') return 1;
  if (def.type === 'boolean') return false;
  if (def.type === 'enum' && def.entries) return Object.values(def.entries)[0];
  if (def.type === 'literal') return def.values?.[0];
  if (def.type === 'union' && def.options?.[0]) return benign(def.options[0], key, holderOk, []);
  if (def.type !== 'string') return undefined;
  if (key === 'id' || key === 'ids') return holderOk ? holder : 'zzfuzz-none';
  if (/path|folder/i.test(key)) return '/mnt/bound';
  if (/name/i.test(key)) return 'fuzz.txt';
  if (/ref|image|source|target|repository|tags/i.test(key)) return 'zzfuzz-none:1';
  return 'zzfuzz';
}

/** Paths to every string field of a benign value. */
function stringPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...at, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...at, key]));
  return [];
}

function withValue(base: unknown, at: (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<
    string | number,
    unknown
  >;
  copy[at[0]!] = withValue(copy[at[0]!], at.slice(1), value);
  return copy;
}

/** Each string field in turn set to each of the worst strings, all else benign: always tried. */
function worstCases(schema: ZodLike | undefined, holderOk: boolean, omit: string[]): unknown[] {
  const base = benign(schema, '', holderOk, omit);
  const worst = [
    'a/../../../127.0.0.1:1',
    '..\u0000',
    '.\u0000',
    '/mnt/bound/..',
    '../../../../etc',
    canary,
    'x'.repeat(70_000),
    '\u0085',
  ].map((value) => defanged(value, holderOk));
  return [base, ...stringPaths(base).flatMap((at) => worst.map((value) => withValue(base, at, value)))];
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
      const schema = procedure._def.inputs[0] as ZodLike | undefined;
      const holderOk = MAY_NAME_HOLDER.test(name);
      const omit = OMITTED_KEYS[name] ?? [];
      const arbitrary = hostileInput(schema, holderOk, omit);
      const examples = worstCases(schema, holderOk, omit).map((input): [unknown] => [input]);
      await fc.assert(
        fc.asyncProperty(arbitrary, async (input) => {
          await callOnce(name, procedure._def.type, input);
          // One call, whatever it was, leaves the backend connected to its engine.
          expect(t.backend.engine.status().state, name).toBe('connected');
        }),
        { seed: SEED + index, numRuns: RUNS_PER_PROCEDURE + examples.length, examples, endOnFailure: true },
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
