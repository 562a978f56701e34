// Lifecycle procedures against the real engine: create, start, stop, kill, pause, unpause,
// rename, restart, remove and prune, each checked with `docker inspect` through the CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForValue } from '../support/wait';
import { startWorld, TRAPPING, type LifecycleWorld } from './lifecycle-support';

let w: LifecycleWorld;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(() => w.dispose());

const status = (ref: string) => w.inspect<string>(ref, '.State.Status');

async function created(prefix: string, command = TRAPPING): Promise<string> {
  const name = w.name(prefix);
  await w.docker(['create', '--name', name, w.busybox, ...command]);
  return name;
}

describe('container lifecycle', () => {
  it('creates without starting, then start/pause/unpause/restart/stop', async () => {
    const name = w.name('it-lc');
    const result = await w.caller.containers.run({
      spec: { image: w.busybox, name, command: TRAPPING.map((a) => `'${a}'`).join(' ') },
      start: false,
    });
    expect(result.command).toBe(
      `docker create --name ${name} ${w.busybox} sh -c 'trap "exit 0" TERM; while true; do sleep 1; done'`,
    );
    expect(await status(name)).toBe('created');

    expect((await w.caller.containers.start({ id: name })).command).toBe(`docker start ${name}`);
    expect(await status(name)).toBe('running');

    expect((await w.caller.containers.pause({ id: name })).command).toBe(`docker pause ${name}`);
    expect(await status(name)).toBe('paused');
    await w.caller.containers.unpause({ id: name });
    expect(await status(name)).toBe('running');

    const startedAt = await w.inspect<string>(name, '.State.StartedAt');
    const restart = await w.caller.containers.restart({ id: name, timeout: 5 });
    expect(restart.command).toBe(`docker restart -t 5 ${name}`);
    expect(await w.inspect<string>(name, '.State.StartedAt')).not.toBe(startedAt);
    expect(await w.inspect<number>(name, '.RestartCount')).toBe(0);

    const stop = await w.caller.containers.stop({ id: name, timeout: 5 });
    expect(stop.command).toBe(`docker stop -t 5 ${name}`);
    expect(await status(name)).toBe('exited');
    // The trap ran: a clean exit on SIGTERM, not a SIGKILL after the grace period.
    expect(await w.inspect<number>(name, '.State.ExitCode')).toBe(0);
  });

  it('stop kills after the grace period when SIGTERM is ignored', async () => {
    const name = await created('it-stop-kill', ['sleep', '300']);
    await w.caller.containers.start({ id: name });
    await w.caller.containers.stop({ id: name, timeout: 0 });
    expect(await w.inspect<number>(name, '.State.ExitCode')).toBe(137);
  });

  it('kill sends the chosen signal', async () => {
    const name = await created('it-kill', [
      'sh',
      '-c',
      'trap "echo got-usr1" USR1; trap "exit 3" HUP; while true; do sleep 1; done',
    ]);
    await w.caller.containers.start({ id: name });
    const usr1 = await w.caller.containers.kill({ id: name, signal: 'SIGUSR1' });
    expect(usr1.command).toBe(`docker kill -s SIGUSR1 ${name}`);
    await waitForValue(
      async () => ((await w.docker(['logs', name])).includes('got-usr1') ? true : undefined),
      'the USR1 trap output',
    );
    expect(await status(name)).toBe('running');
    await w.caller.containers.kill({ id: name, signal: 'SIGHUP' });
    await waitForValue(async () => ((await status(name)) === 'exited' ? true : undefined), 'exit on HUP');
    expect(await w.inspect<number>(name, '.State.ExitCode')).toBe(3);
  });

  it('starts and returns the first output', async () => {
    const name = await created('it-first', ['sh', '-c', 'echo hello-first; echo to-stderr >&2']);
    const result = await w.caller.containers.start({ id: name, firstOutput: true });
    expect(result.command).toBe(`docker start -a ${name}`);
    expect(result.output).toContain('hello-first');
    expect(result.output).toContain('to-stderr');
  });

  it('renames, refusing names docker would refuse', async () => {
    const name = await created('it-rename');
    const renamed = w.name('it-renamed');
    const result = await w.caller.containers.rename({ id: name, name: renamed });
    expect(result.command).toBe(`docker rename ${name} ${renamed}`);
    expect(await w.inspect<string>(renamed, '.Name')).toBe(`/${renamed}`);
    await expect(w.caller.containers.rename({ id: renamed, name: '-bad name' })).rejects.toThrow(
      /nameFormat/,
    );
    const other = await created('it-rename-taken');
    await expect(w.caller.containers.rename({ id: renamed, name: other })).rejects.toThrow(/already in use/);
  });

  it('removes: refuses a running one without force, and -v removes anonymous volumes', async () => {
    const name = w.name('it-rm');
    await w.docker(['run', '-d', '--name', name, '-v', '/anon', w.busybox, ...TRAPPING]);
    const volume = await w.inspect<{ Name: string }[]>(name, '.Mounts').then((m) => m[0]!.Name);
    await expect(w.caller.containers.remove({ id: name })).rejects.toThrow(
      /cannot remove a running container/i,
    );
    const result = await w.caller.containers.remove({ id: name, force: true, volumes: true });
    expect(result.command).toBe(`docker rm -fv ${name}`);
    const left = await w.docker(['ps', '-aq', '--filter', `name=^${name}$`]);
    expect(left).toBe('');
    expect(await w.docker(['volume', 'ls', '-q'])).not.toContain(volume);
  });

  it('reports engine errors in words', async () => {
    await expect(w.caller.containers.stop({ id: 'no-such-container-berth' })).rejects.toThrow(
      /No such container: no-such-container-berth/,
    );
    const name = await created('it-notrunning');
    await expect(w.caller.containers.pause({ id: name })).rejects.toThrow(/is not running/);
  });

  it('prune removes exactly the confirmed stopped containers and reports the space', async () => {
    const a = await created('it-prune-a', ['sh', '-c', 'head -c 300000 /dev/zero > /junk']);
    const b = await created('it-prune-b');
    const keep = await created('it-prune-keep');
    const running = await created('it-prune-running');
    await w.docker(['start', '-a', a]);
    await w.docker(['start', running]);
    const idA = await w.inspect<string>(a, '.Id');
    const idB = await w.inspect<string>(b, '.Id');
    const idRunning = await w.inspect<string>(running, '.Id');

    const result = await w.caller.containers.prune({ ids: [idA, idB, idRunning] });
    expect(result.removed.sort()).toEqual([idA, idB].sort());
    expect(result.failed).toEqual([{ id: idRunning, message: expect.stringContaining('is running') }]);
    expect(result.spaceReclaimed).toBeGreaterThanOrEqual(300_000);
    expect(result.command).toBe(`docker rm ${idA} ${idB} ${idRunning}`);
    const names = (await w.docker(['ps', '-a', '--format', '{{.Names}}'])).split('\n');
    expect(names).toContain(keep);
    expect(names).toContain(running);
    expect(names).not.toContain(a);
    expect(names).not.toContain(b);
  });
});
