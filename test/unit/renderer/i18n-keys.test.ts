// Every literal key the renderer passes to t() exists in English and in Korean, so no screen
// ever shows a raw key such as "volumes.unused".
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/renderer/i18n/en';
import { featureMessages } from '../../../src/renderer/i18n/features';
import { ko } from '../../../src/renderer/i18n/ko';

const rendererDir = path.resolve(import.meta.dirname, '../../../src/renderer');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

function literalKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  const call = /\bt\(\s*'([a-zA-Z][\w.-]*\.[\w.-]+)'/g;
  for (const file of sourceFiles(rendererDir)) {
    for (const match of readFileSync(file, 'utf8').matchAll(call)) {
      keys.set(match[1]!, path.relative(rendererDir, file));
    }
  }
  return keys;
}

function has(messages: Record<string, unknown>, key: string): boolean {
  const lookup = (dotted: string) =>
    dotted
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  // i18next plurals: "x" may live as "x_one" / "x_other".
  return typeof lookup(key) === 'string' || typeof lookup(`${key}_other`) === 'string';
}

describe('translations', () => {
  const keys = literalKeys();
  const languages = {
    en: { ...en, ...featureMessages.en },
    ko: { ...ko, ...featureMessages.ko },
  };

  it('finds the keys the renderer uses', () => {
    expect(keys.size).toBeGreaterThan(100);
  });

  for (const [language, messages] of Object.entries(languages)) {
    it(`has every key in ${language}`, () => {
      const missing = [...keys]
        .filter(([key]) => !has(messages, key))
        .map(([key, file]) => `${key} (${file})`);
      expect(missing).toEqual([]);
    });
  }
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
