// Maps the engine's /containers/json entries to the list's ContainerSummary.
import type { ContainerInfo } from 'dockerode';
import type { ContainerHealth, ContainerState, ContainerSummary, PublishedPort, Unscoped } from '@shared/api';
import { containerStates } from '@shared/api';

export const COMPOSE_PROJECT_LABEL = 'com.docker.compose.project';

function healthOf(status: string): ContainerHealth {
  if (status.includes('(healthy)')) return 'healthy';
  if (status.includes('(unhealthy)')) return 'unhealthy';
  if (status.includes('(health: starting)')) return 'starting';
  return null;
}

function exitCodeOf(state: ContainerState, status: string): number | null {
  if (state !== 'exited' && state !== 'dead') return null;
  const match = /Exited \((-?\d+)\)/.exec(status);
  return match ? Number(match[1]) : null;
}

/** The engine lists a port once per address family; show each binding once, IPv4 first. */
function portsOf(ports: ContainerInfo['Ports']): PublishedPort[] {
  const seen = new Map<string, PublishedPort>();
  for (const port of ports ?? []) {
    const protocol = (port.Type || 'tcp') as PublishedPort['protocol'];
    const key = `${port.PublicPort ?? ''}/${port.PrivatePort}/${protocol}`;
    const entry: PublishedPort = {
      ip: port.IP ?? '',
      hostPort: port.PublicPort ?? null,
      containerPort: port.PrivatePort,
      protocol,
    };
    const existing = seen.get(key);
    if (!existing || (existing.ip.includes(':') && !entry.ip.includes(':'))) seen.set(key, entry);
  }
  return [...seen.values()].sort((a, b) => a.containerPort - b.containerPort);
}

export function toContainerSummary(info: ContainerInfo): Unscoped<ContainerSummary> {
  const state = (containerStates as readonly string[]).includes(info.State)
    ? (info.State as ContainerState)
    : 'created';
  const labels = info.Labels ?? {};
  return {
    id: info.Id,
    name: (info.Names?.[0] ?? info.Id.slice(0, 12)).replace(/^\//, ''),
    image: info.Image,
    imageId: info.ImageID,
    command: info.Command,
    created: info.Created,
    state,
    status: info.Status,
    exitCode: exitCodeOf(state, info.Status),
    health: healthOf(info.Status),
    ports: portsOf(info.Ports),
    labels,
    composeProject: labels[COMPOSE_PROJECT_LABEL] ?? null,
  };
}
