// The Run dialog's procedure against the real engine: every option lands in `docker inspect`,
// and engine errors (name in use, port taken, no such image) come back in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorld, type LifecycleWorld } from './lifecycle-support';
import { uniqueName } from '../support/names';

let w: LifecycleWorld;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(() => w.dispose());

describe('run', () => {
  it('runs with ports, env, mounts, limits, labels, restart policy, user and workdir', async () => {
    const name = w.name('it-run-full');
    const volume = w.name('it-run-vol');
    const result = await w.caller.containers.run({
      spec: {
        image: w.busybox,
        name,
        ports: ['127.0.0.1::80', '9/udp'],
        env: [{ key: 'GREETING', value: 'hello world' }],
        mounts: [
          { source: volume, target: '/data', readOnly: false },
          { source: '/tmp', target: '/host-tmp', readOnly: true },
        ],
        command: `sh -c 'echo "$GREETING" > /data/out; sleep 300'`,
        workdir: '/data',
        user: '0:0',
        restart: 'on-failure',
        maxRetries: '2',
        labels: [{ key: 'berth.test', value: 'yes' }],
        cpus: '0.5',
        memory: '64m',
      },
    });
    expect(result.id).toMatch(/^[0-9a-f]{64}$/);
    expect(result.command).toContain(`docker run -d --name ${name} -p 127.0.0.1::80 -p 9/udp`);
    expect(await w.inspect<string>(name, '.State.Status')).toBe('running');
    expect(await w.inspect<string[]>(name, '.Config.Env')).toContain('GREETING=hello world');
    expect(await w.inspect<Record<string, string>>(name, '.Config.Labels')).toMatchObject({
      'berth.test': 'yes',
    });
    expect(await w.inspect<string>(name, '.Config.WorkingDir')).toBe('/data');
    expect(await w.inspect<string>(name, '.Config.User')).toBe('0:0');
    expect(await w.inspect<object>(name, '.HostConfig.RestartPolicy')).toEqual({
      Name: 'on-failure',
      MaximumRetryCount: 2,
    });
    expect(await w.inspect<number>(name, '.HostConfig.Memory')).toBe(64 * 1024 * 1024);
    expect(await w.inspect<number>(name, '.HostConfig.NanoCpus')).toBe(500_000_000);
    const ports = await w.inspect<Record<string, { HostIp: string; HostPort: string }[] | null>>(
      name,
      '.NetworkSettings.Ports',
    );
    expect(ports['80/tcp']?.[0]).toMatchObject({ HostIp: '127.0.0.1' });
    expect(Number(ports['80/tcp']?.[0]?.HostPort)).toBeGreaterThan(0);
    expect(ports['9/udp']?.length).toBeGreaterThan(0);
    const mounts = await w.inspect<
      { Type: string; Name?: string; Source: string; Destination: string; RW: boolean }[]
    >(name, '.Mounts');
    expect(mounts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Type: 'volume', Name: volume, Destination: '/data', RW: true }),
        expect.objectContaining({ Type: 'bind', Source: '/tmp', Destination: '/host-tmp', RW: false }),
      ]),
    );
    await w.docker(['rm', '-f', name]);
    await w.docker(['volume', 'rm', volume]);
  });

  it('runs with --rm, a tty and an entrypoint override', async () => {
    const name = w.name('it-run-rm');
    await w.caller.containers.run({
      spec: {
        image: w.busybox,
        name,
        autoRemove: true,
        tty: true,
        interactive: true,
        entrypoint: 'sleep',
        command: '300',
      },
    });
    expect(await w.inspect<boolean>(name, '.HostConfig.AutoRemove')).toBe(true);
    expect(await w.inspect<boolean>(name, '.Config.Tty')).toBe(true);
    expect(await w.inspect<boolean>(name, '.Config.OpenStdin')).toBe(true);
    expect(await w.inspect<string[]>(name, '.Config.Entrypoint')).toEqual(['sleep']);
    expect(await w.inspect<string[]>(name, '.Config.Cmd')).toEqual(['300']);
    await w.docker(['rm', '-f', name]);
  });

  it('says when the name is in use', async () => {
    const name = w.name('it-run-dup');
    await w.docker(['create', '--name', name, w.busybox, 'true']);
    await expect(w.caller.containers.run({ spec: { image: w.busybox, name } })).rejects.toThrow(
      new RegExp(`name "/${name}" is already in use`),
    );
  });

  it('says when the port is already allocated, and leaves no container behind', async () => {
    const first = w.name('it-run-port');
    await w.caller.containers.run({
      spec: { image: w.busybox, name: first, ports: ['80'], command: 'sleep 300' },
    });
    const ports = await w.inspect<Record<string, { HostPort: string }[]>>(first, '.NetworkSettings.Ports');
    const taken = ports['80/tcp']![0]!.HostPort;
    const second = w.name('it-run-port2');
    await expect(
      w.caller.containers.run({
        spec: { image: w.busybox, name: second, ports: [`${taken}:80`], command: 'sleep 300' },
      }),
    ).rejects.toThrow(/port is already allocated|address already in use/);
    expect(await w.docker(['ps', '-aq', '--filter', `name=^${second}$`])).toBe('');
  });

  it('says when the image is missing, and runs after pulling it', async () => {
    const image = `${w.registry}/berth-it/run-pull:${uniqueName('t')}`;
    await w.docker(['tag', w.busybox, image]);
    await w.docker(['push', image]);
    await w.docker(['rmi', image]);
    const name = w.name('it-run-pull');
    await expect(w.caller.containers.run({ spec: { image, name, command: 'true' } })).rejects.toThrow(
      /No such image/,
    );
    const pulled = await w.caller.containers.pullForRun({ image });
    expect(pulled.command).toBe(`docker pull ${image}`);
    const activity = w.backend.activity.store.list().find((a) => a.title === image);
    expect(activity?.state).toBe('succeeded');
    const result = await w.caller.containers.run({ spec: { image, name, command: 'true' }, start: false });
    expect(await w.inspect<string>(result.id, '.Config.Image')).toBe(image);
    await w.docker(['rm', name]);
    await w.docker(['rmi', image]);
  });

  it('fails a pull in words', async () => {
    await expect(
      w.caller.containers.pullForRun({ image: `${w.registry}/berth-it/absent:nope` }),
    ).rejects.toThrow(/not found|manifest unknown/i);
  });

  it('lists networks for the dialog, and refuses invalid forms before the engine', async () => {
    expect(await w.caller.containers.networkChoices()).toEqual(
      expect.arrayContaining(['bridge', 'host', 'none']),
    );
    await expect(
      w.caller.containers.run({ spec: { image: w.busybox, ports: ['99999:80'], memory: '5x' } }),
    ).rejects.toThrow(/portRange[\s\S]*memoryUnit/);
  });
});
