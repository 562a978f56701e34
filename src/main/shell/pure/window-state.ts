// The main window's remembered size and position, and where to put it next time: on the display
// it was last on if that display is still there, moved and shrunk to fit its work area, else
// centred on the primary display. Pure geometry plus a small JSON file (written atomically).
import { promises as fs, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export interface Size {
  width: number;
  height: number;
}
export interface Rect extends Size {
  x: number;
  y: number;
}
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE: Size = { width: 1280, height: 820 };
export const MIN_SIZE: Size = { width: 880, height: 560 };

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
});

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

const clamp = (value: number, low: number, high: number) =>
  Math.min(Math.max(value, low), Math.max(low, high));

function fitSize(size: Size, area: Rect): Size {
  // At least the minimum, unless the display itself is smaller; never larger than the display.
  return {
    width: Math.min(Math.max(size.width, MIN_SIZE.width), area.width),
    height: Math.min(Math.max(size.height, MIN_SIZE.height), area.height),
  };
}

function centred(size: Size, area: Rect): Rect {
  return {
    ...size,
    x: area.x + Math.round((area.width - size.width) / 2),
    y: area.y + Math.round((area.height - size.height) / 2),
  };
}

/**
 * Where the window opens. `workAreas` are the displays' work areas, the primary one first.
 * With no saved state (or no displays known) the default size is centred on the primary display.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return { bounds: { x: 0, y: 0, ...DEFAULT_SIZE }, maximized: false };
  if (!saved) return { bounds: centred(fitSize(DEFAULT_SIZE, primary), primary), maximized: false };

  let best = primary;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(saved.bounds, area);
    if (overlap > bestArea) [best, bestArea] = [area, overlap];
  }
  const size = fitSize(saved.bounds, best);
  // Off every display now (unplugged monitor, changed layout): centre it where it can be seen.
  if (bestArea === 0) return { bounds: centred(size, primary), maximized: saved.maximized };
  return {
    bounds: {
      ...size,
      x: clamp(saved.bounds.x, best.x, best.x + best.width - size.width),
      y: clamp(saved.bounds.y, best.y, best.y + best.height - size.height),
    },
    maximized: saved.maximized,
  };
}

/** The saved state, or null when the file is missing, unreadable or not a window state. */
export async function readWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await fs.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Writes beside the file and renames over it, so a crash never leaves half a file. Synchronous:
 * it runs as the window closes, which on quit is the process's last moment.
 */
export function writeWindowState(file: string, state: WindowState): void {
  const parsed = windowStateSchema.parse({
    bounds: {
      x: Math.round(state.bounds.x),
      y: Math.round(state.bounds.y),
      width: Math.round(state.bounds.width),
      height: Math.round(state.bounds.height),
    },
    maximized: state.maximized,
  });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(parsed)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}
