// Which tray icon file (in assets/, rendered by scripts/icons.mjs) suits the platform, the menu
// and the engine's state: macOS takes a template image and tints it for its menu bar itself;
// elsewhere the glyph must contrast with the menu bar: light on a dark one, dark on a light one.
// Running is the plain glyph; stopped is faded; starting and error carry a badge. Each name has
// an @2x sibling that Electron's nativeImage picks on high-density screens.
import type { TrayIconState } from './tray-model';

export const trayIconStates = ['running', 'starting', 'stopped', 'error'] as const satisfies TrayIconState[];

const templateNames: Record<TrayIconState, string> = {
  running: 'trayTemplate.png',
  starting: 'trayStartingTemplate.png',
  stopped: 'trayStoppedTemplate.png',
  error: 'trayErrorTemplate.png',
};

export function trayIconFile(platform: NodeJS.Platform, darkMenu: boolean, state: TrayIconState): string {
  // macOS treats a file whose name ends in "Template" as a template image.
  if (platform === 'darwin') return templateNames[state];
  const glyph = darkMenu ? 'tray-dark' : 'tray-light';
  return state === 'running' ? `${glyph}.png` : `${glyph}-${state}.png`;
}

/** The @2x file beside a tray icon, as nativeImage.createFromPath looks for it. */
export function highDensityFile(file: string): string {
  return file.replace(/\.png$/, '@2x.png');
}
