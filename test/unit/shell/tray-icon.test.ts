// The tray icon choice: a template image on macOS, a glyph that contrasts with the menu bar
// elsewhere, one per engine state; every file it can name exists in assets/ at 16 px, with its 32 px @2x sibling.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { highDensityFile, trayIconFile, trayIconStates } from '@shell/pure/tray-icon';

const assets = path.resolve(import.meta.dirname, '../../../assets');
const platforms: NodeJS.Platform[] = ['darwin', 'linux', 'win32', 'freebsd'];

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and chunk header). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(path.join(assets, file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('trayIconFile', () => {
  it('uses a template image on macOS, whatever the theme, named as macOS expects', () => {
    expect(trayIconFile('darwin', true, 'running')).toBe('trayTemplate.png');
    expect(trayIconFile('darwin', false, 'running')).toBe('trayTemplate.png');
    for (const state of trayIconStates) {
      expect(trayIconFile('darwin', false, state)).toMatch(/^tray[A-Za-z]*Template\.png$/);
    }
  });

  it('uses a light glyph on dark menus and a dark glyph on light ones elsewhere', () => {
    for (const platform of ['linux', 'win32'] as const) {
      expect(trayIconFile(platform, true, 'running')).toBe('tray-dark.png');
      expect(trayIconFile(platform, false, 'running')).toBe('tray-light.png');
      expect(trayIconFile(platform, true, 'error')).toBe('tray-dark-error.png');
    }
  });

  it('gives each engine state its own icon on every platform and theme', () => {
    for (const platform of platforms) {
      for (const dark of [true, false]) {
        const files = trayIconStates.map((state) => trayIconFile(platform, dark, state));
        expect(new Set(files).size).toBe(trayIconStates.length);
      }
    }
  });

  it('names only files that exist in assets/, at 16 px with a 32 px @2x', () => {
    const files = new Set(
      platforms.flatMap((platform) =>
        [true, false].flatMap((dark) => trayIconStates.map((state) => trayIconFile(platform, dark, state))),
      ),
    );
    expect(files.size).toBe(12);
    for (const file of files) {
      expect(pngSize(file)).toEqual({ width: 16, height: 16 });
      expect(pngSize(highDensityFile(file))).toEqual({ width: 32, height: 32 });
    }
  });

  it('has the app icon electron-builder packs at 512 px', () => {
    expect(pngSize('icon.png')).toEqual({ width: 512, height: 512 });
  });
});
