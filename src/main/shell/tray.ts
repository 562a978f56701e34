// The tray: turns pure/tray-model.ts's template into an Electron Menu and hands each click's
// action back to the app. What the menu shows is decided (and tested) in the model.
import path from 'node:path';
import { Menu, nativeImage, nativeTheme, Tray, type MenuItemConstructorOptions } from 'electron';
import { trayIconFile } from './pure/tray-icon';
import type { TrayAction, TrayIconState, TrayItem, TrayModel } from './pure/tray-model';

export interface TrayHandle {
  render(model: TrayModel): void;
  destroy(): void;
}

/** Menus read `&` as a mnemonic marker on Windows and Linux; container names may hold one. */
const literal = (label: string) => label.replace(/&/g, '&&');

function toTemplate(items: TrayItem[], perform: (action: TrayAction) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'label':
        return { id: item.id, label: literal(item.label), enabled: false };
      case 'submenu':
        return { id: item.id, label: literal(item.label), submenu: toTemplate(item.items, perform) };
      case 'action':
        return {
          id: item.id,
          label: literal(item.label),
          enabled: item.enabled,
          ...(item.action.type === 'quit' ? { accelerator: 'CommandOrControl+Q' } : {}),
          click: () => perform(item.action),
        };
    }
  });
}

export function createTray(options: { onClick(): void; perform(action: TrayAction): void }): TrayHandle {
  // The file for this platform, menu theme and engine state (pure/tray-icon.ts); its @2x
  // sibling is picked by nativeImage on high-density screens.
  let state: TrayIconState = 'starting';
  const icon = () => {
    const file = trayIconFile(process.platform, nativeTheme.shouldUseDarkColors, state);
    const image = nativeImage.createFromPath(path.join(__dirname, '../../assets', file));
    if (process.platform === 'darwin') image.setTemplateImage(true);
    return image.isEmpty() ? nativeImage.createEmpty() : image;
  };
  const tray = new Tray(icon());
  const onTheme = () => tray.setImage(icon());
  nativeTheme.on('updated', onTheme);
  tray.setToolTip('Berth');
  tray.on('click', () => options.onClick());
  return {
    render(model) {
      if (model.icon !== state) {
        state = model.icon;
        tray.setImage(icon());
      }
      tray.setToolTip(model.tooltip);
      tray.setContextMenu(Menu.buildFromTemplate(toTemplate(model.items, options.perform)));
    },
    destroy: () => {
      nativeTheme.off('updated', onTheme);
      tray.destroy();
    },
  };
}
