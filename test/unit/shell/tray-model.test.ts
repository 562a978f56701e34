import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '@shared/api/containers';
import type { EngineStatus } from '@shared/api/engine';
import type { ImageSummary } from '@shared/api/images';
import type { ProviderStatus } from '@shared/api/providers';
import { trayLabels, trayLanguage } from '@shell/pure/tray-labels';
import {
  MAX_TRAY_CONTAINERS,
  openablePorts,
  trayModel,
  type TrayInput,
  type TrayItem,
} from '@shell/pure/tray-model';

const connected: EngineStatus = {
  state: 'connected',
  endpoint: {
    host: 'unix:///var/run/docker.sock',
    kind: 'unix',
    source: 'default',
    reason: 'default',
    tls: false,
  },
  version: { engine: '27.1.0', api: '1.46', os: 'linux', arch: 'amd64', kernel: '6.1' },
  reason: null,
  since: 0,
  nextRetryAt: null,
};

function container(id: string, created: number, extra: Partial<ContainerSummary> = {}): ContainerSummary {
  return {
    id,
    engineId: 'default',
    name: `name-${id}`,
    image: 'busybox',
    imageId: 'sha256:1',
    command: 'sh',
    created,
    state: 'running',
    status: 'Up',
    exitCode: null,
    health: 'none',
    ports: [],
    labels: {},
    composeProject: null,
    ...extra,
  } as ContainerSummary;
}

function image(id: string, created: number, repoTags: string[]): ImageSummary {
  return { id, engineId: 'default', repoTags, repoDigests: [], created, size: 1, containers: 0, labels: {} };
}

const input = (overrides: Partial<TrayInput> = {}): TrayInput => ({
  engine: connected,
  provider: null,
  containers: [],
  images: [],
  labels: trayLabels.en,
  ...overrides,
});

const find = (items: TrayItem[], id: string): TrayItem | undefined => {
  for (const item of items) {
    if ('id' in item && item.id === id) return item;
    if (item.kind === 'submenu') {
      const inner = find(item.items, id);
      if (inner) return inner;
    }
  }
  return undefined;
};
const ids = (items: TrayItem[]) => items.map((item) => ('id' in item ? item.id : '-'));

describe('trayModel', () => {
  it('shows the engine status, the dashboard, containers, images, settings and quit', () => {
    const model = trayModel(input());
    expect(model.icon).toBe('running');
    expect(model.items[0]).toEqual({ kind: 'label', id: 'status', label: 'Engine running (Docker 27.1.0)' });
    expect(ids(model.items)).toEqual([
      'status',
      '-',
      'dashboard',
      'containers',
      'pull-image',
      '-',
      'settings',
      'quit',
    ]);
    expect(find(model.items, 'containers:none')).toMatchObject({ label: 'No running containers' });
    expect(model.tooltip).toContain('Engine running');
  });

  it('lists running containers only, most recent first, at most ten, and says how many more', () => {
    const containers = [
      ...Array.from({ length: 12 }, (_, index) => container(`c${index}`, 1000 + index)),
      container('old-stopped', 5000, { state: 'exited' }),
    ];
    const menu = find(trayModel(input({ containers })).items, 'containers');
    if (menu?.kind !== 'submenu') throw new Error('no containers submenu');
    const shown = menu.items.filter((item) => item.kind === 'submenu');
    expect(shown).toHaveLength(MAX_TRAY_CONTAINERS);
    expect(shown.map((item) => (item.kind === 'submenu' ? item.label : ''))).toEqual(
      Array.from({ length: 10 }, (_, index) => `name-c${11 - index}`),
    );
    expect(find(menu.items, 'containers:more')).toMatchObject({
      label: '2 more running…',
      action: { type: 'dashboard', route: '/containers' },
    });
  });

  it('orders containers created in the same second by id, whatever the input order', () => {
    const a = [container('b', 1), container('a', 1)];
    const b = [container('a', 1), container('b', 1)];
    expect(trayModel(input({ containers: a })).items).toEqual(trayModel(input({ containers: b })).items);
  });

  it('gives each container Stop, Restart, Logs and one Open per published TCP port', () => {
    const web = container('abc', 1, {
      ports: [
        { ip: '0.0.0.0', hostPort: 8080, containerPort: 80, protocol: 'tcp' },
        { ip: '::', hostPort: 8080, containerPort: 80, protocol: 'tcp' },
        { ip: '0.0.0.0', hostPort: 5353, containerPort: 53, protocol: 'udp' },
        { ip: '', hostPort: null, containerPort: 9000, protocol: 'tcp' },
        { ip: '0.0.0.0', hostPort: 3000, containerPort: 3000, protocol: 'tcp' },
      ],
    });
    const menu = find(trayModel(input({ containers: [web] })).items, 'container:abc');
    if (menu?.kind !== 'submenu') throw new Error('no container submenu');
    expect(menu.items).toEqual([
      {
        kind: 'action',
        id: 'container:abc:stop',
        label: 'Stop',
        enabled: true,
        action: { type: 'container', verb: 'stop', id: 'abc' },
      },
      {
        kind: 'action',
        id: 'container:abc:restart',
        label: 'Restart',
        enabled: true,
        action: { type: 'container', verb: 'restart', id: 'abc' },
      },
      {
        kind: 'action',
        id: 'container:abc:logs',
        label: 'Logs',
        enabled: true,
        action: { type: 'dashboard', route: '/containers/abc/logs' },
      },
      { kind: 'separator' },
      {
        kind: 'action',
        id: 'container:abc:open:3000',
        label: 'Open localhost:3000',
        enabled: true,
        action: { type: 'open-url', url: 'http://localhost:3000/' },
      },
      {
        kind: 'action',
        id: 'container:abc:open:8080',
        label: 'Open localhost:8080',
        enabled: true,
        action: { type: 'open-url', url: 'http://localhost:8080/' },
      },
    ]);
    expect(openablePorts(container('none', 1))).toEqual([]);
  });

  it('offers Run for the most recent tagged images', () => {
    const images = [
      image('sha256:old', 1, ['busybox:1']),
      image('sha256:new', 9, ['nginx:latest', 'nginx:1.27']),
      image('sha256:dangling', 10, []),
    ];
    const menu = find(trayModel(input({ images })).items, 'images');
    if (menu?.kind !== 'submenu') throw new Error('no images submenu');
    expect(menu.items.map((item) => (item.kind === 'action' ? item.action : null))).toEqual([
      { type: 'run-image', reference: 'nginx:latest' },
      { type: 'run-image', reference: 'busybox:1' },
    ]);
  });

  it('hides containers and images while the engine is not running, and says why', () => {
    const down: EngineStatus = {
      ...connected,
      state: 'disconnected',
      version: null,
      reason: 'socket not found',
    };
    const model = trayModel(input({ engine: down, containers: [container('a', 1)] }));
    expect(model.icon).toBe('stopped');
    expect(model.items[0]).toMatchObject({ label: 'Engine stopped' });
    expect(find(model.items, 'containers')).toBeUndefined();
    expect(trayModel(input({ engine: { ...connected, state: 'connecting' } })).icon).toBe('starting');
  });

  it("controls Berth's own engine when it runs one, enabling what fits its state", () => {
    const provider = (state: ProviderStatus['state'], reason: string | null = null): ProviderStatus => ({
      id: 'qemu',
      state,
      step: null,
      detail: null,
      reason,
      endpoint: null,
      resources: null,
      since: 0,
    });
    const enabled = (model: ReturnType<typeof trayModel>) =>
      ['engine:start', 'engine:stop', 'engine:restart'].map((id) => {
        const item = find(model.items, id);
        return item?.kind === 'action' && item.enabled;
      });
    expect(enabled(trayModel(input({ provider: provider('running') })))).toEqual([false, true, true]);
    expect(enabled(trayModel(input({ provider: provider('stopped') })))).toEqual([true, false, false]);
    const failed = trayModel(input({ provider: provider('error', 'KVM not available') }));
    expect(failed.icon).toBe('error');
    expect(failed.items[0]).toMatchObject({ label: 'Engine error: KVM not available' });
    expect(enabled(failed)).toEqual([true, false, false]);
    expect(trayModel(input({ provider: provider('starting') })).icon).toBe('starting');
    expect(find(trayModel(input()).items, 'engine:start')).toBeUndefined();
  });

  it('speaks Korean on a Korean system', () => {
    expect(trayLanguage('ko-KR')).toBe('ko');
    expect(trayLanguage('ko')).toBe('ko');
    expect(trayLanguage('en-US')).toBe('en');
    expect(trayLanguage('kok')).toBe('en');
    const model = trayModel(input({ labels: trayLabels[trayLanguage('ko-KR')] }));
    expect(model.items[0]).toMatchObject({ label: '엔진 실행 중 (Docker 27.1.0)' });
    expect(find(model.items, 'quit')).toMatchObject({ label: 'Berth 종료' });
  });
});
