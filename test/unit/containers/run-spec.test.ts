// The Run form's schema (shared by the dialog and the router) and the docker run line it shows.
import { describe, expect, it } from 'vitest';
import { runSpecErrors, runSpecSchema, type RunSpecInput } from '@shared/api/run-spec';
import { killCommand, removeCommand, runArgs, runCommand, stopCommand } from '@shared/cli/container-commands';
import { toCreateOptions } from '@core/containers/create-spec';

const full: RunSpecInput = {
  image: 'nginx:1.27',
  name: 'web-1',
  ports: ['8080:80', '127.0.0.1:8443:443/tcp'],
  publishAll: false,
  env: [
    { key: 'GREETING', value: 'hello world' },
    { key: 'EMPTY', value: '' },
  ],
  mounts: [
    { source: 'data', target: '/data', readOnly: false },
    { source: '/srv/site', target: '/usr/share/nginx/html', readOnly: true },
    { source: '', target: '/cache', readOnly: false },
  ],
  command: `sh -c 'echo "$GREETING"; sleep 60'`,
  entrypoint: '',
  workdir: '/app',
  user: '1000:1000',
  autoRemove: false,
  restart: 'on-failure',
  maxRetries: '3',
  interactive: true,
  tty: true,
  network: 'bridge',
  labels: [{ key: 'team', value: 'web' }],
  cpus: '1.5',
  memory: '512m',
};

describe('runSpecSchema', () => {
  it('accepts a full form and fills defaults for a minimal one', () => {
    expect(runSpecErrors(full)).toEqual({});
    const minimal = runSpecSchema.parse({ image: 'busybox' });
    expect(minimal).toMatchObject({ name: '', ports: [], env: [], restart: 'no', tty: false, memory: '' });
  });

  it('puts each error on its field, all at once', () => {
    const errors = runSpecErrors({
      image: '',
      name: '-bad',
      ports: ['8080:80', '99999:80'],
      env: [{ key: 'BAD KEY', value: '1' }],
      mounts: [
        { source: './relative', target: '/x', readOnly: false },
        { source: 'vol', target: 'relative', readOnly: false },
      ],
      command: 'echo "open',
      workdir: 'app',
      memory: '512x',
      cpus: 'two',
      restart: 'always',
      autoRemove: true,
    });
    expect(errors).toEqual({
      image: 'imageRequired',
      name: 'nameFormat',
      'ports.1': 'portRange',
      'env.0.key': 'envKey',
      'mounts.0.source': 'mountRelative',
      'mounts.1.target': 'mountTarget',
      command: 'commandQuote',
      workdir: 'workdirAbsolute',
      memory: 'memoryUnit',
      cpus: 'cpusFormat',
      restart: 'restartWithRm',
    });
  });
});

describe('docker run line', () => {
  it('has every option of the form, quoted for a POSIX shell', () => {
    expect(runCommand(full)).toBe(
      'docker run -d -it --name web-1 -p 8080:80 -p 127.0.0.1:8443:443/tcp ' +
        "-e 'GREETING=hello world' -e EMPTY= -v data:/data -v /srv/site:/usr/share/nginx/html:ro -v /cache " +
        '-w /app -u 1000:1000 --restart on-failure:3 --network bridge -l team=web --cpus 1.5 -m 512m ' +
        `nginx:1.27 sh -c 'echo "$GREETING"; sleep 60'`,
    );
  });

  it('splits an entrypoint override like the engine runs it, and reads as docker create', () => {
    const args = runArgs(
      { image: 'busybox', entrypoint: 'sh -c', command: 'echo hi', publishAll: true },
      'create',
    );
    expect(args).toEqual(['docker', 'create', '-P', '--entrypoint', 'sh', 'busybox', '-c', 'echo', 'hi']);
  });

  it('shows a placeholder until an image is typed', () => {
    expect(runCommand({ image: '' })).toBe("docker run -d '<image>'");
  });

  it('builds the lifecycle lines', () => {
    expect(stopCommand('web', 5)).toBe('docker stop -t 5 web');
    expect(stopCommand('web')).toBe('docker stop web');
    expect(killCommand('web')).toBe('docker kill web');
    expect(killCommand('web', 'SIGHUP')).toBe('docker kill -s SIGHUP web');
    expect(removeCommand(['a', 'b'], { force: true, volumes: true })).toBe('docker rm -fv a b');
  });
});

describe('create body', () => {
  it('matches what docker run would send', () => {
    const options = toCreateOptions(runSpecSchema.parse(full));
    expect(options).toMatchObject({
      name: 'web-1',
      Image: 'nginx:1.27',
      Env: ['GREETING=hello world', 'EMPTY='],
      Labels: { team: 'web' },
      Cmd: ['sh', '-c', 'echo "$GREETING"; sleep 60'],
      WorkingDir: '/app',
      User: '1000:1000',
      Tty: true,
      OpenStdin: true,
      ExposedPorts: { '80/tcp': {}, '443/tcp': {} },
      Volumes: { '/cache': {} },
      HostConfig: {
        PortBindings: {
          '80/tcp': [{ HostIp: '', HostPort: '8080' }],
          '443/tcp': [{ HostIp: '127.0.0.1', HostPort: '8443' }],
        },
        Binds: ['data:/data', '/srv/site:/usr/share/nginx/html:ro'],
        RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
        NetworkMode: 'bridge',
        Memory: 512 * 1024 ** 2,
        NanoCpus: 1_500_000_000,
      },
    });
    expect(options.Entrypoint).toBeUndefined();
  });
});
