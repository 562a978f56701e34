// Which tray icon file (in assets/, rendered by scripts/icons.mjs) suits the platform and menu:
// macOS takes a template image and tints it for its menu bar itself; elsewhere the glyph must
// contrast with the menu bar: light on a dark one, dark on a light one. Each name has an @2x
// sibling that Electron's nativeImage picks on high-density screens.
export type TrayIconFile = 'trayTemplate.png' | 'tray-dark.png' | 'tray-light.png';

export function trayIconFile(platform: NodeJS.Platform, darkMenu: boolean): TrayIconFile {
  if (platform === 'darwin') return 'trayTemplate.png';
  return darkMenu ? 'tray-dark.png' : 'tray-light.png';
}

/** The @2x file beside a tray icon, as nativeImage.createFromPath looks for it. */
export function highDensityFile(file: TrayIconFile): string {
  return file.replace(/\.png$/, '@2x.png');
}
