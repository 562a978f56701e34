// Every key the renderer can pass to t() exists in English and in Korean, so no screen ever shows
// a raw key such as "volumes.unused". Three kinds of keys:
// - literals, wherever they sit in t()'s first argument (so both sides of a ternary), both sides
//   of a ternary of key-shaped literals elsewhere (a key chosen into a variable first), and the
//   literals passed to a one-line helper such as OverviewTab's `o = (key) => t(`details.overview.${key}`)`;
// - template keys, t(`a.b.${x}`): the prefix must be a group of messages in both languages with
//   the same keys in each, so any value that has an English string has a Korean one too; and
//   where the value is a union type, every member is listed below (the type checker makes the
//   lists complete: a Record over the union) and must have its string.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ActivityKind, ActivityState, EngineState, LayerOutcome } from '@shared/api';
import type { RegistryLogin } from '@shared/api/images-transfer';
import type { ContainerState } from '@shared/api/container-constants';
import { en } from '@renderer/i18n/en';
import { featureMessages } from '@renderer/i18n/features';
import { ko } from '@renderer/i18n/ko';

const rendererDir = path.resolve(import.meta.dirname, '../../../src/renderer');

/** Every member of a union, checked complete by the type checker. */
function members<T extends string>(all: Record<T, true>): T[] {
  return Object.keys(all) as T[];
}

/** Template prefixes whose values are a union type: each member must have its string. */
const enumerated: Record<string, string[]> = {
  'activity.kind.': members<ActivityKind>({
    pull: true,
    push: true,
    build: true,
    load: true,
    save: true,
    compose: true,
  }),
  'activity.state.': members<ActivityState>({
    running: true,
    succeeded: true,
    failed: true,
    cancelled: true,
  }),
  'activity.layerOutcome.': members<LayerOutcome>({ failed: true, stopped: true }),
  'engine.': members<EngineState>({ connecting: true, connected: true, disconnected: true }),
  'registries.source.': members<RegistryLogin['source']>({
    berth: true,
    'berth-remembered': true,
    'docker-config': true,
    'credential-helper': true,
  }),
  'containers.state.': members<ContainerState>({
    created: true,
    running: true,
    paused: true,
    restarting: true,
    removing: true,
    exited: true,
    dead: true,
  }),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/^i18n|[\\/]i18n[\\/]/.test(path.relative(rendererDir, full))
      ? [full]
      : [];
  });
}

/** The text of t()'s first argument at `start` (just after "t("), up to its top-level , or ). */
function firstArgument(source: string, start: number): string {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      else if (quote === '`' && c === '$' && source[i + 1] === '{') {
        // ${...} inside a template: its own nesting, then back into the template.
        let inner = 0;
        for (i += 1; i < source.length; i++) {
          if (source[i] === '{') inner++;
          else if (source[i] === '}' && --inner === 0) break;
        }
      }
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) return source.slice(start, i);
      depth--;
    } else if (c === ',' && depth === 0) return source.slice(start, i);
  }
  return source.slice(start);
}

const KEY = /^[a-zA-Z][\w-]*(\.[\w-]+)+$/;

interface Found {
  literal: Map<string, string>;
  /** Template prefixes (text before the first ${), with a file that uses each. */
  templates: Map<string, string>;
}

function findKeys(namespaces: Set<string>): Found {
  const found: Found = { literal: new Map(), templates: new Map() };
  for (const file of sourceFiles(rendererDir)) {
    const source = readFileSync(file, 'utf8');
    const where = path.relative(rendererDir, file);
    for (const call of source.matchAll(/\bt\(/g)) {
      const argument = firstArgument(source, call.index + 2);
      for (const literal of argument.matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)) {
        const text = literal[1] ?? literal[2]!;
        if (KEY.test(text)) found.literal.set(text, where);
      }
      for (const template of argument.matchAll(/`([^`$]*)\$\{/g)) found.templates.set(template[1]!, where);
    }
    // A key picked into a variable first: cond ? 'a.b' : 'a.c'.
    for (const pick of source.matchAll(/\?\s*'([^'\n]+)'\s*:\s*'([^'\n]+)'/g))
      for (const text of [pick[1]!, pick[2]!])
        if (KEY.test(text) && namespaces.has(text.split('.')[0]!)) found.literal.set(text, where);
    // A helper that only prefixes its argument: its literal arguments are keys under that prefix.
    for (const helper of source.matchAll(/const (\w+) = \(\w+: string\) => t\(`([\w.]+\.)\$\{\w+\}`\)/g))
      for (const use of source.matchAll(new RegExp(`\\b${helper[1]}\\('([\\w-]+)'`, 'g')))
        found.literal.set(`${helper[2]}${use[1]}`, where);
  }
  return found;
}

function lookup(messages: Record<string, unknown>, dotted: string): unknown {
  return dotted
    .split('.')
    .filter(Boolean)
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

function has(messages: Record<string, unknown>, key: string): boolean {
  // i18next plurals: "x" may live as "x_one" / "x_other".
  return typeof lookup(messages, key) === 'string' || typeof lookup(messages, `${key}_other`) === 'string';
}

/** Dotted paths of every string under `node`. */
function leaves(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  const languages = {
    en: { ...en, ...featureMessages.en } as Record<string, unknown>,
    ko: { ...ko, ...featureMessages.ko } as Record<string, unknown>,
  };
  const namespaces = new Set([...Object.keys(languages.en), ...Object.keys(languages.ko)]);
  const { literal, templates } = findKeys(namespaces);

  it('finds the keys the renderer uses, ternaries and templates included', () => {
    expect(literal.size).toBeGreaterThan(100);
    expect(literal.has('runDialog.envKey') && literal.has('runDialog.labelKey')).toBe(true);
    expect(literal.has('activity.notifyDone') && literal.has('activity.notifyFailed')).toBe(true);
    expect(templates.has('activity.kind.')).toBe(true);
    expect(templates.has('details.overview.')).toBe(true);
    expect(literal.has('details.overview.general')).toBe(true);
  });

  it('reads a first argument with ternaries, calls and templates inside', () => {
    const source = "t(a ? 'x.one' : f('x.two', 1), { n: 1 })";
    expect(firstArgument(source, 2)).toBe("a ? 'x.one' : f('x.two', 1)");
    expect(firstArgument('t(`a.${b(c, d)}`, e)', 2)).toBe('`a.${b(c, d)}`');
  });

  for (const [language, messages] of Object.entries(languages)) {
    it(`has every literal key in ${language}`, () => {
      const missing = [...literal]
        .filter(([key]) => !has(messages, key))
        .map(([key, file]) => `${key} (${file})`);
      expect(missing).toEqual([]);
    });

    it(`has every template prefix in ${language}, and every value of the enumerated ones`, () => {
      const problems: string[] = [];
      for (const [prefix, file] of templates) {
        const group = lookup(messages, prefix);
        if (!group || typeof group !== 'object') problems.push(`${prefix}* is not a group (${file})`);
        for (const value of enumerated[prefix] ?? [])
          if (!has(messages, `${prefix}${value}`)) problems.push(`${prefix}${value} (${file})`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('has the same keys in both languages under every template prefix', () => {
    const differences: string[] = [];
    for (const prefix of templates.keys()) {
      const inEn = new Set(leaves(lookup(languages.en, prefix)));
      const inKo = new Set(leaves(lookup(languages.ko, prefix)));
      for (const key of inEn) if (!inKo.has(key)) differences.push(`ko lacks ${prefix}${key}`);
      for (const key of inKo) if (!inEn.has(key)) differences.push(`en lacks ${prefix}${key}`);
    }
    expect(differences).toEqual([]);
  });

  it('covers every enumerated prefix with a template in the code (no stale entries)', () => {
    expect(Object.keys(enumerated).filter((prefix) => !templates.has(prefix))).toEqual([]);
  });
});

describe('plurals', () => {
  it('says "1 volume", not "1 volumes", in English', async () => {
    const { default: i18next } = await import('i18next');
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'en',
      resources: { en: { translation: { ...en, ...featureMessages.en } } },
      interpolation: { escapeValue: false },
    });
    expect(i18n.t('volumes.total', { count: 1 })).toBe('1 volume');
    expect(i18n.t('volumes.total', { count: 2 })).toBe('2 volumes');
    expect(i18n.t('networks.inUse', { count: 1 })).toBe('1 container');
    expect(i18n.t('images.prune.submit', { count: 1 })).toBe('Delete 1 image');
    expect(i18n.t('hubSearch.tagsCount', { count: 1 })).toBe('1 tag');
  });
});
