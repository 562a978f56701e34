import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  placeWindow,
  readWindowState,
  writeWindowState,
  type Rect,
} from '@shell/pure/window-state';

const primary: Rect = { x: 0, y: 25, width: 1920, height: 1055 };
const right: Rect = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('placeWindow', () => {
  it('centres the default size on the primary display the first time', () => {
    expect(placeWindow(null, [primary, right])).toEqual({
      bounds: { x: 320, y: 143, ...DEFAULT_SIZE },
      maximized: false,
    });
  });

  it('puts the window back where it was when that is on a display', () => {
    const saved = { bounds: { x: 2100, y: 200, width: 1400, height: 900 }, maximized: true };
    expect(placeWindow(saved, [primary, right])).toEqual(saved);
  });

  it('pulls a window that hangs off a display edge back onto it', () => {
    const saved = { bounds: { x: 1500, y: -40, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [primary])).toEqual({
      bounds: { x: 920, y: 25, width: 1000, height: 700 },
      maximized: false,
    });
  });

  it('picks the display the window overlaps most', () => {
    const saved = { bounds: { x: 1800, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [primary, right]).bounds).toEqual({
      x: 1920,
      y: 100,
      width: 1000,
      height: 700,
    });
  });

  it('centres on the primary display a window whose display is gone', () => {
    const saved = { bounds: { x: 2100, y: 200, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [primary]).bounds).toEqual({ x: 460, y: 203, width: 1000, height: 700 });
  });

  it('shrinks to the display and grows to the minimum size', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 600 };
    const huge = { bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false };
    expect(placeWindow(huge, [small]).bounds).toEqual({ x: 0, y: 0, width: 1024, height: 600 });
    const tiny = { bounds: { x: 10, y: 30, width: 200, height: 100 }, maximized: false };
    expect(placeWindow(tiny, [primary]).bounds).toEqual({ x: 10, y: 30, ...MIN_SIZE });
  });

  it('still returns a size with no displays known', () => {
    expect(placeWindow(null, []).bounds).toMatchObject(DEFAULT_SIZE);
  });
});

describe('window state file', () => {
  let folder: string | null = null;
  afterEach(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
    folder = null;
  });

  it('round-trips through an atomically written file', async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'berth-window-state-'));
    const file = path.join(folder, 'window-state.json');
    expect(await readWindowState(file)).toBeNull();
    writeWindowState(file, { bounds: { x: 10.4, y: 20, width: 1000, height: 700.6 }, maximized: true });
    expect(await readWindowState(file)).toEqual({
      bounds: { x: 10, y: 20, width: 1000, height: 701 },
      maximized: true,
    });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ maximized: true });
  });

  it('reads a corrupt or foreign file as no state', async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'berth-window-state-'));
    const file = path.join(folder, 'window-state.json');
    for (const content of ['{not json', '{"bounds":{"x":"1"},"maximized":false}', '[]', 'null']) {
      writeFileSync(file, content);
      expect(await readWindowState(file), content).toBeNull();
    }
  });
});
