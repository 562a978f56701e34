// The tray: turns pure/tray-model.ts's template into an Electron Menu and hands each click's
// action back to the app. What the menu shows is decided (and tested) in the model.
import path from 'node:path';
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import type { TrayAction, TrayItem, TrayModel } from './pure/tray-model';

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
  const icon = nativeImage.createFromPath(path.join(__dirname, '../../assets/tray.png'));
  const tray = new Tray(icon.isEmpty() ? nativeImage.createEmpty() : icon);
  tray.setToolTip('Berth');
  tray.on('click', () => options.onClick());
  return {
    render(model) {
      tray.setToolTip(model.tooltip);
      tray.setContextMenu(Menu.buildFromTemplate(toTemplate(model.items, options.perform)));
    },
    destroy: () => tray.destroy(),
  };
}
