// Compose projects derived from container labels, their aggregate states, the input grammar, and
// the `docker compose -p NAME ...` lines.
import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '@shared/api';
import {
  aggregateState,
  composeEngineActionInput,
  composeProjectSchema,
  composeToolInput,
  configFilesOf,
  deriveProjects,
  projectContainers,
} from '@shared/api/compose';
import {
  composeEngineCommand,
  composeLogsCommand,
  composeToolArgs,
  composeToolCommand,
} from '@shared/cli/compose-commands';

function container(
  name: string,
  state: ContainerSummary['state'],
  labels: Record<string, string>,
  created = 1,
): ContainerSummary {
  return {
    engineId: 'default',
    id: `${name}-id`,
    name,
    image: 'img',
    imageId: 'sha256:x',
    command: 'sh',
    created,
    state,
    status: '',
    exitCode: null,
    health: null,
    ports: [],
    labels,
    composeProject: labels['com.docker.compose.project'] ?? null,
  };
}

const labels = (project: string, service: string, extra: Record<string, string> = {}) => ({
  'com.docker.compose.project': project,
  'com.docker.compose.service': service,
  ...extra,
});

describe('aggregateState', () => {
  it('says running, partial, paused, restarting, created or exited', () => {
    expect(aggregateState(['running', 'running'])).toBe('running');
    expect(aggregateState(['running', 'exited'])).toBe('partial');
    expect(aggregateState(['paused', 'paused'])).toBe('paused');
    expect(aggregateState(['paused', 'exited'])).toBe('partial');
    expect(aggregateState(['restarting', 'running'])).toBe('restarting');
    expect(aggregateState(['created', 'created'])).toBe('created');
    expect(aggregateState(['created', 'exited', 'dead'])).toBe('exited');
    expect(aggregateState([])).toBe('exited');
  });
});

describe('deriveProjects', () => {
  it('groups by project and service, sorted by name, with files from the newest container', () => {
    const list = [
      container('b_worker_1', 'exited', labels('b', 'worker')),
      container(
        'a_web_1',
        'running',
        labels('a', 'web', { 'com.docker.compose.project.working_dir': '/old' }),
        1,
      ),
      container(
        'a_web_2',
        'running',
        labels('a', 'web', {
          'com.docker.compose.project.working_dir': '/srv/a',
          'com.docker.compose.project.config_files': '/srv/a/compose.yaml,/srv/a/override.yaml',
        }),
        2,
      ),
      container('a_db_1', 'exited', labels('a', 'db')),
      container('loose', 'running', {}),
    ];
    const projects = deriveProjects(list);
    expect(projects.map((p) => p.name)).toEqual(['a', 'b']);
    const a = projects[0]!;
    expect(a.state).toBe('partial');
    expect(a.running).toBe(2);
    expect(a.total).toBe(3);
    expect(a.services.map((s) => [s.name, s.state, s.containers.length])).toEqual([
      ['db', 'exited', 1],
      ['web', 'running', 2],
    ]);
    expect(a.workingDir).toBe('/srv/a');
    expect(a.configFiles).toEqual(['/srv/a/compose.yaml', '/srv/a/override.yaml']);
    expect(projects[1]!.state).toBe('exited');
    expect(projectContainers(list, 'a', 'web').map((c) => c.name)).toEqual(['a_web_1', 'a_web_2']);
  });

  it('drops config files that are not plain full paths', () => {
    expect(
      configFilesOf({
        'com.docker.compose.project.config_files': 'compose.yaml,/a/../b.yaml,/ok.yaml,/x\u0000y',
      }),
    ).toEqual(['/ok.yaml']);
  });
});

describe('input grammar', () => {
  it('takes compose project names and refuses others', () => {
    for (const ok of ['app', 'my-app_2', '0x']) expect(composeProjectSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['', 'App', '-app', '_a', 'a b', '../etc', 'a/b', 'a\nb', 'x'.repeat(64)])
      expect(composeProjectSchema.safeParse(bad).success).toBe(false);
    expect(
      composeEngineActionInput.safeParse({ project: 'a', service: 'web;rm', action: 'stop' }).success,
    ).toBe(false);
  });

  it('takes only plain full paths for a compose file', () => {
    const input = (file: string) => ({ project: 'a', action: 'up', source: { kind: 'path', file } });
    expect(composeToolInput.safeParse(input('/srv/a/compose.yaml')).success).toBe(true);
    for (const bad of ['compose.yaml', '/srv/../etc/x', '/srv/a\u0000', '/srv//a'])
      expect(composeToolInput.safeParse(input(bad)).success).toBe(false);
  });
});

describe('compose command lines', () => {
  it('names the project, files and options as the CLI takes them', () => {
    expect(composeEngineCommand('app', 'stop')).toBe('docker compose -p app stop');
    expect(composeEngineCommand('app', 'restart', 'web')).toBe('docker compose -p app restart web');
    expect(composeEngineCommand('app', 'remove')).toBe('docker compose -p app down');
    expect(composeEngineCommand('app', 'remove', 'web')).toBe('docker compose -p app rm -s -f web');
    expect(composeToolCommand('app', ['/my dir/compose.yaml'], 'up', { build: true, pull: true })).toBe(
      "docker compose -p app -f '/my dir/compose.yaml' up -d --build --pull always",
    );
    expect(composeToolCommand('app', [], 'down', { volumes: true })).toBe(
      'docker compose -p app down --volumes',
    );
    expect(composeToolArgs('pull')).toEqual(['pull']);
    expect(composeLogsCommand('app', ['web'], true)).toBe('docker compose -p app logs -f web');
  });
});
