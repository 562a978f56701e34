// The tray icon choice: a template image on macOS, a glyph that contrasts with the menu bar
// elsewhere; every file it can name exists in assets/ at 16 px, with its 32 px @2x sibling.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { highDensityFile, trayIconFile } from '@shell/pure/tray-icon';

const assets = path.resolve(import.meta.dirname, '../../../assets');
const platforms: NodeJS.Platform[] = ['darwin', 'linux', 'win32', 'freebsd'];

/** Width and height from a PNG's IHDR chunk (after the 8-byte signature and chunk header). */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(path.join(assets, file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('trayIconFile', () => {
  it('uses the template image on macOS, whatever the theme', () => {
    expect(trayIconFile('darwin', true)).toBe('trayTemplate.png');
    expect(trayIconFile('darwin', false)).toBe('trayTemplate.png');
  });

  it('uses a light glyph on dark menus and a dark glyph on light ones elsewhere', () => {
    for (const platform of ['linux', 'win32'] as const) {
      expect(trayIconFile(platform, true)).toBe('tray-dark.png');
      expect(trayIconFile(platform, false)).toBe('tray-light.png');
    }
  });

  it('names only files that exist in assets/, at 16 px with a 32 px @2x', () => {
    const files = new Set(
      platforms.flatMap((platform) => [true, false].map((dark) => trayIconFile(platform, dark))),
    );
    expect(files.size).toBe(3);
    for (const file of files) {
      expect(pngSize(file)).toEqual({ width: 16, height: 16 });
      expect(pngSize(highDensityFile(file))).toEqual({ width: 32, height: 32 });
    }
  });

  it('has the app icon electron-builder packs at 512 px', () => {
    expect(pngSize('icon.png')).toEqual({ width: 512, height: 512 });
  });
});
