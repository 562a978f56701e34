// The tray menu as a pure function of core's state: engine status (and Berth's own provider, when
// it runs one), the running containers and the recent images in, a plain menu template out. Each
// clickable item carries an action the shell performs; the shell only turns this into an
// Electron Menu, so everything about what the tray shows is tested without Electron.
import type { ContainerSummary } from '@shared/api/containers';
import type { EngineStatus } from '@shared/api/engine';
import type { ImageSummary } from '@shared/api/images';
import type { ProviderStatus } from '@shared/api/providers';
import type { TrayLabels } from './tray-labels';

export const MAX_TRAY_CONTAINERS = 10;
export const MAX_TRAY_IMAGES = 5;

export type TrayIconState = 'starting' | 'running' | 'stopped' | 'error';

export type TrayAction =
  | { type: 'dashboard'; route: string }
  | { type: 'engine'; verb: 'start' | 'stop' | 'restart' }
  | { type: 'container'; verb: 'stop' | 'restart'; id: string }
  | { type: 'open-url'; url: string }
  | { type: 'pull-image' }
  | { type: 'run-image'; reference: string }
  | { type: 'quit' };

export type TrayItem =
  | { kind: 'action'; id: string; label: string; enabled: boolean; action: TrayAction }
  | { kind: 'label'; id: string; label: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; id: string; label: string; items: TrayItem[] };

export interface TrayModel {
  icon: TrayIconState;
  tooltip: string;
  items: TrayItem[];
}

export interface TrayInput {
  engine: EngineStatus;
  /** Berth's own engine or VM, when it runs one; null when it uses an engine it did not start. */
  provider: ProviderStatus | null;
  containers: readonly ContainerSummary[];
  images: readonly ImageSummary[];
  labels: TrayLabels;
}

export function trayIconState(engine: EngineStatus, provider: ProviderStatus | null): TrayIconState {
  if (provider?.state === 'error') return 'error';
  if (provider?.state === 'starting' || provider?.state === 'stopping') return 'starting';
  if (provider?.state === 'stopped') return 'stopped';
  if (engine.state === 'connected') return 'running';
  if (engine.state === 'connecting') return 'starting';
  return 'stopped';
}

function statusLine(input: TrayInput, icon: TrayIconState): string {
  const { engine, provider, labels } = input;
  if (icon === 'error') return labels.error(provider?.reason ?? engine.reason ?? '?');
  if (icon === 'starting') return provider?.state === 'stopping' ? labels.stopping : labels.starting;
  if (icon === 'running') return labels.running(engine.version?.engine ?? '?');
  return labels.stopped;
}

const action = (id: string, label: string, todo: TrayAction, enabled = true): TrayItem => ({
  kind: 'action',
  id,
  label,
  enabled,
  action: todo,
});

/** Host ports a browser can open: TCP, published, each once (IPv4 and IPv6 bindings repeat them). */
export function openablePorts(container: ContainerSummary): number[] {
  const ports = container.ports
    .filter((port) => port.protocol === 'tcp' && port.hostPort !== null && port.hostPort > 0)
    .map((port) => port.hostPort as number);
  return [...new Set(ports)].sort((a, b) => a - b);
}

function containerMenu(container: ContainerSummary, labels: TrayLabels): TrayItem {
  const id = `container:${container.id}`;
  const ports = openablePorts(container).map((port) =>
    action(`${id}:open:${port}`, labels.openPort(port), {
      type: 'open-url',
      url: `http://localhost:${port}/`,
    }),
  );
  return {
    kind: 'submenu',
    id,
    label: container.name,
    items: [
      action(`${id}:stop`, labels.stop, { type: 'container', verb: 'stop', id: container.id }),
      action(`${id}:restart`, labels.restart, { type: 'container', verb: 'restart', id: container.id }),
      action(`${id}:logs`, labels.logs, {
        type: 'dashboard',
        route: `/containers/${encodeURIComponent(container.id)}/logs`,
      }),
      ...(ports.length > 0 ? [{ kind: 'separator' } as const, ...ports] : []),
    ],
  };
}

function containersMenu(input: TrayInput): TrayItem {
  const running = input.containers
    .filter((container) => container.state === 'running')
    // Most recent first; the id breaks ties so the order never depends on the input's order.
    .sort((a, b) => b.created - a.created || a.id.localeCompare(b.id));
  const shown = running
    .slice(0, MAX_TRAY_CONTAINERS)
    .map((container) => containerMenu(container, input.labels));
  const rest = running.length - shown.length;
  const items: TrayItem[] =
    shown.length > 0 ? shown : [{ kind: 'label', id: 'containers:none', label: input.labels.noContainers }];
  if (rest > 0) {
    items.push(
      { kind: 'separator' },
      action('containers:more', input.labels.more(rest), { type: 'dashboard', route: '/containers' }),
    );
  }
  return { kind: 'submenu', id: 'containers', label: input.labels.containers, items };
}

function imagesMenu(input: TrayInput): TrayItem | null {
  const recent = input.images
    .filter((image) => image.repoTags.length > 0)
    .sort((a, b) => b.created - a.created || a.id.localeCompare(b.id))
    .slice(0, MAX_TRAY_IMAGES);
  if (recent.length === 0) return null;
  return {
    kind: 'submenu',
    id: 'images',
    label: input.labels.recentImages,
    items: recent.map((image) => {
      const reference = image.repoTags[0] as string;
      return action(`image:${image.id}:run`, `${input.labels.run} ${reference}`, {
        type: 'run-image',
        reference,
      });
    }),
  };
}

export function trayModel(input: TrayInput): TrayModel {
  const { labels, provider } = input;
  const icon = trayIconState(input.engine, provider);
  const items: TrayItem[] = [{ kind: 'label', id: 'status', label: statusLine(input, icon) }];
  if (provider) {
    const stoppedOrFailed = icon === 'stopped' || icon === 'error';
    items.push(
      action('engine:start', labels.startEngine, { type: 'engine', verb: 'start' }, stoppedOrFailed),
      action('engine:stop', labels.stopEngine, { type: 'engine', verb: 'stop' }, icon === 'running'),
      action('engine:restart', labels.restartEngine, { type: 'engine', verb: 'restart' }, icon === 'running'),
    );
  }
  items.push(
    { kind: 'separator' },
    action('dashboard', labels.dashboard, { type: 'dashboard', route: '/containers' }),
  );
  if (icon === 'running') {
    items.push(containersMenu(input));
    items.push(action('pull-image', labels.pullImage, { type: 'pull-image' }));
    const images = imagesMenu(input);
    if (images) items.push(images);
  }
  items.push(
    { kind: 'separator' },
    action('settings', labels.settings, { type: 'dashboard', route: '/settings' }),
    action('quit', labels.quit, { type: 'quit' }),
  );
  return { icon, tooltip: `${labels.tooltip} — ${statusLine(input, icon)}`, items };
}
