import type { ContainerInfo, Port } from 'dockerode';
import { describe, expect, it } from 'vitest';
import { COMPOSE_PROJECT_LABEL, toContainerSummary } from '@core/model/container-map';

const id = 'f1e2d3c4b5a60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00';

function info(overrides: Partial<ContainerInfo> = {}): ContainerInfo {
  return {
    Id: id,
    Names: ['/web'],
    Image: 'nginx:1.27',
    ImageID: 'sha256:abc',
    Command: 'nginx -g "daemon off;"',
    Created: 1_700_000_000,
    Ports: [],
    Labels: {},
    State: 'running',
    Status: 'Up 5 minutes',
    HostConfig: { NetworkMode: 'bridge' },
    NetworkSettings: { Networks: {} },
    Mounts: [],
    ...overrides,
  };
}

const port = (ip: string, privatePort: number, publicPort?: number, type = 'tcp'): Port =>
  ({ IP: ip, PrivatePort: privatePort, PublicPort: publicPort, Type: type }) as Port;

describe('toContainerSummary', () => {
  it('maps the basic fields and strips the leading slash from the name', () => {
    expect(toContainerSummary(info())).toEqual({
      id,
      name: 'web',
      image: 'nginx:1.27',
      imageId: 'sha256:abc',
      command: 'nginx -g "daemon off;"',
      created: 1_700_000_000,
      state: 'running',
      status: 'Up 5 minutes',
      exitCode: null,
      health: null,
      ports: [],
      labels: {},
      composeProject: null,
    });
  });

  it('uses the first name, or the short ID when there is none', () => {
    expect(toContainerSummary(info({ Names: ['/first', '/other/link'] })).name).toBe('first');
    expect(toContainerSummary(info({ Names: [] })).name).toBe(id.slice(0, 12));
  });

  it('maps an unknown state to created', () => {
    expect(toContainerSummary(info({ State: 'bogus' })).state).toBe('created');
    expect(toContainerSummary(info({ State: 'paused' })).state).toBe('paused');
  });

  it('parses the exit code of exited and dead containers only', () => {
    const exited = (Status: string) => toContainerSummary(info({ State: 'exited', Status })).exitCode;
    expect(exited('Exited (137) 5 seconds ago')).toBe(137);
    expect(exited('Exited (0) 2 hours ago')).toBe(0);
    expect(exited('Exited (-1) About a minute ago')).toBe(-1);
    expect(exited('Created')).toBeNull();
    expect(toContainerSummary(info({ State: 'dead', Status: 'Exited (1) 3 days ago' })).exitCode).toBe(1);
    // A running container whose status mentions an exit code is still running.
    expect(toContainerSummary(info({ State: 'running', Status: 'Exited (1) x' })).exitCode).toBeNull();
  });

  it('reads health from the status', () => {
    const health = (Status: string) => toContainerSummary(info({ Status })).health;
    expect(health('Up 3 minutes (healthy)')).toBe('healthy');
    expect(health('Up 3 minutes (unhealthy)')).toBe('unhealthy');
    expect(health('Up 2 seconds (health: starting)')).toBe('starting');
    expect(health('Up 3 minutes')).toBeNull();
  });

  it('shows a port bound on IPv4 and IPv6 once, keeping the IPv4 address', () => {
    const ports = toContainerSummary(
      info({ Ports: [port('::', 80, 8080), port('0.0.0.0', 80, 8080), port('::', 443, 8443)] }),
    ).ports;
    expect(ports).toEqual([
      { ip: '0.0.0.0', hostPort: 8080, containerPort: 80, protocol: 'tcp' },
      { ip: '::', hostPort: 8443, containerPort: 443, protocol: 'tcp' },
    ]);
  });

  it('keeps the IPv4 binding when it comes first', () => {
    const ports = toContainerSummary(
      info({ Ports: [port('0.0.0.0', 53, 5353, 'udp'), port('::', 53, 5353, 'udp')] }),
    ).ports;
    expect(ports).toEqual([{ ip: '0.0.0.0', hostPort: 5353, containerPort: 53, protocol: 'udp' }]);
  });

  it('keeps distinct protocols and unpublished ports apart, sorted by container port', () => {
    const unpublished = { PrivatePort: 9000, Type: 'tcp' } as Port;
    const ports = toContainerSummary(
      info({ Ports: [unpublished, port('0.0.0.0', 53, 53, 'udp'), port('0.0.0.0', 53, 53, 'tcp')] }),
    ).ports;
    expect(ports).toEqual([
      { ip: '0.0.0.0', hostPort: 53, containerPort: 53, protocol: 'udp' },
      { ip: '0.0.0.0', hostPort: 53, containerPort: 53, protocol: 'tcp' },
      { ip: '', hostPort: null, containerPort: 9000, protocol: 'tcp' },
    ]);
  });

  it('takes the compose project from its label', () => {
    const labels = { [COMPOSE_PROJECT_LABEL]: 'shop', 'com.docker.compose.service': 'db' };
    const summary = toContainerSummary(info({ Labels: labels }));
    expect(summary.composeProject).toBe('shop');
    expect(summary.labels).toEqual(labels);
  });

  it('tolerates null names, ports and labels from the engine', () => {
    const summary = toContainerSummary(
      info({ Names: null, Ports: null, Labels: null } as unknown as Partial<ContainerInfo>),
    );
    expect(summary.name).toBe(id.slice(0, 12));
    expect(summary.ports).toEqual([]);
    expect(summary.labels).toEqual({});
    expect(summary.composeProject).toBeNull();
  });
});
