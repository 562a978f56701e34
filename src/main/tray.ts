// The tray: open the dashboard, see the engine's state, quit.
import path from 'node:path';
import { Menu, nativeImage, Tray } from 'electron';
import type { EngineStatus } from '../shared/api';

export interface TrayActions {
  showDashboard(): void;
  quit(): void;
}

function stateLabel(status: EngineStatus): string {
  if (status.state === 'connected') return `Engine running (${status.version?.engine ?? '?'})`;
  if (status.state === 'connecting') return status.reason ?? 'Engine connecting…';
  return 'Engine disconnected';
}

export function createTray(actions: TrayActions): { update(status: EngineStatus): void; destroy(): void } {
  const icon = nativeImage.createFromPath(path.join(__dirname, '../../assets/tray.png'));
  const tray = new Tray(icon.isEmpty() ? nativeImage.createEmpty() : icon);
  tray.setToolTip('Berth');
  tray.on('click', () => actions.showDashboard());

  const update = (status: EngineStatus) => {
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: 'Dashboard', click: () => actions.showDashboard() },
        { type: 'separator' },
        { label: stateLabel(status), enabled: false },
        { label: status.endpoint?.host ?? '', enabled: false, visible: Boolean(status.endpoint) },
        { type: 'separator' },
        { label: 'Quit Berth', accelerator: 'CommandOrControl+Q', click: () => actions.quit() },
      ]),
    );
  };
  return { update, destroy: () => tray.destroy() };
}
