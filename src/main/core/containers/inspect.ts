// `docker container inspect` shaped for the Overview tab (the raw JSON rides along for Inspect).
import type { ContainerInspectInfo } from 'dockerode';
import type { ContainerDetails } from '@shared/api/container-details';
import { splitEnv } from '@shared/api/container-details';

const ZERO_TIME = '0001-01-01T00:00:00Z';

function time(value: string | undefined): string | null {
  return !value || value === ZERO_TIME ? null : value;
}

function pairs(record: Record<string, string> | null | undefined): { key: string; value: string }[] {
  return Object.entries(record ?? {})
    .map(([key, value]) => ({ key, value }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

export function toContainerDetails(info: ContainerInspectInfo): ContainerDetails {
  const config = info.Config ?? ({} as ContainerInspectInfo['Config']);
  const state = info.State ?? ({} as ContainerInspectInfo['State']);
  const ports: ContainerDetails['ports'] = [];
  for (const [containerPort, bindings] of Object.entries(info.NetworkSettings?.Ports ?? {})) {
    if (!bindings?.length) ports.push({ containerPort, hostIp: '', hostPort: '' });
    for (const binding of bindings ?? [])
      ports.push({ containerPort, hostIp: binding.HostIp ?? '', hostPort: binding.HostPort ?? '' });
  }
  const command = [...(config.Entrypoint ? [config.Entrypoint].flat() : []), ...(config.Cmd ?? [])];
  const exited = !state.Running && (state.Status === 'exited' || state.Status === 'dead');
  return {
    id: info.Id,
    name: info.Name.replace(/^\//, ''),
    image: config.Image ?? info.Image,
    imageId: info.Image,
    command: command.join(' '),
    created: info.Created,
    state: state.Status ?? 'unknown',
    running: Boolean(state.Running),
    startedAt: time(state.StartedAt),
    finishedAt: time(state.FinishedAt),
    exitCode: exited ? (state.ExitCode ?? null) : null,
    restartCount: info.RestartCount ?? 0,
    tty: Boolean(config.Tty),
    openStdin: Boolean(config.OpenStdin),
    user: config.User ?? '',
    workingDir: config.WorkingDir ?? '',
    ports,
    mounts: (info.Mounts ?? []).map((mount) => ({
      type: mount.Type ?? 'bind',
      source: mount.Name ?? mount.Source,
      destination: mount.Destination,
      mode: mount.Mode ?? '',
      readWrite: Boolean(mount.RW),
    })),
    networks: Object.entries(info.NetworkSettings?.Networks ?? {}).map(([name, network]) => ({
      name,
      ipAddress: network.IPAddress ?? '',
      gateway: network.Gateway ?? '',
      macAddress: network.MacAddress ?? '',
    })),
    env: (config.Env ?? []).map(splitEnv),
    labels: pairs(config.Labels),
    raw: info as unknown as Record<string, unknown>,
  };
}
