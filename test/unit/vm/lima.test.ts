// limactl output from recorded fixtures, Berth's template, and the provider through a recording runner.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandRunner } from '@core/vm/command-runner';
import { limactlArgs, parseLimaList } from '@core/vm/lima/limactl-output';
import { limaTemplate, limaVmType } from '@core/vm/lima/lima-template';
import { LimaProvider } from '@core/vm/lima/lima-provider';

const listJson = readFileSync(join(__dirname, 'fixtures', 'limactl-list.jsonl'), 'utf8');

describe('parseLimaList', () => {
  it('reads one instance a line from `limactl list --json`', () => {
    const list = parseLimaList(`${listJson}\nWARN[0000] some notice on the same stream\n`);
    expect(list.map((i) => [i.name, i.status, i.vmType, i.cpus])).toEqual([
      ['default', 'Stopped', 'qemu', 4],
      ['berth', 'Running', 'vz', 2],
      ['broken', 'Broken', 'qemu', 0],
    ]);
    expect(list[1]).toMatchObject({
      memoryBytes: 2147483648,
      diskBytes: 68719476736,
      dir: '/Users/ana/.lima/berth',
    });
    expect(list[2]!.errors[0]).toMatch(/no such file/);
    expect(parseLimaList('')).toEqual([]);
  });
});

describe('limaTemplate', () => {
  const template = limaTemplate({
    resources: { cpus: 4, memoryMiB: 6144, diskGiB: 80 },
    vmType: 'vz',
    hostSocket: '/Users/ana/Library/Application Support/Berth/lima/docker.sock',
    mounts: ['/Users/ana'],
  });

  it('sets the VM type, resources, writable home and the socket forwarded into Berth', () => {
    expect(template).toMatch(/^vmType: vz$/m);
    expect(template).toMatch(/^mountType: virtiofs$/m);
    expect(template).toMatch(/^cpus: 4$/m);
    expect(template).toMatch(/^memory: "6144MiB"$/m);
    expect(template).toMatch(/^disk: "80GiB"$/m);
    expect(template).toContain('  - location: "/Users/ana"\n    writable: true');
    expect(template).toContain('guestSocket: "/var/run/docker.sock"');
    expect(template).toContain('hostSocket: "/Users/ana/Library/Application Support/Berth/lima/docker.sock"');
    expect(template).toContain('apt-get install -y -q docker.io');
  });

  it('uses QEMU with 9p before macOS 13 and refuses control characters', () => {
    expect(limaVmType('21.6.0')).toBe('qemu');
    expect(limaVmType('22.1.0')).toBe('vz');
    expect(limaVmType('24.0.0')).toBe('vz');
    const old = limaTemplate({ resources: { cpus: 2, memoryMiB: 2048, diskGiB: 64 }, vmType: 'qemu', hostSocket: '/s', mounts: [] }); // prettier-ignore
    expect(old).toMatch(/^mountType: 9p$/m);
    expect(() => limaTemplate({ resources: { cpus: 2, memoryMiB: 2048, diskGiB: 64 }, vmType: 'vz', hostSocket: '/s\nx: y', mounts: [] })).toThrow(/control characters/); // prettier-ignore
  });
});

describe('limactl command lines', () => {
  it('starts, stops and deletes the Berth instance by name', () => {
    expect(limactlArgs.list()).toEqual(['list', '--json']);
    expect(limactlArgs.create('berth', '/d/berth.yaml')).toEqual([
      'start',
      '--name=berth',
      '--tty=false',
      '/d/berth.yaml',
    ]);
    expect(limactlArgs.start('berth')).toEqual(['start', '--tty=false', 'berth']);
    expect(limactlArgs.stop('berth')).toEqual(['stop', 'berth']);
    expect(limactlArgs.delete('berth')).toEqual(['delete', '--force', 'berth']);
    expect(() => limactlArgs.delete('--all')).toThrow(/bad Lima instance name/);
  });
});

describe('LimaProvider', () => {
  const dir = mkdtempSync(join(tmpdir(), 'berth-lima-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function recordingRunner(list: string, calls: string[][]): CommandRunner {
    return async (_program, args) => {
      calls.push(args);
      return { code: 0, stdout: Buffer.from(args[0] === 'list' ? list : ''), stderr: Buffer.alloc(0) };
    };
  }

  it('says in words why it cannot run off macOS', async () => {
    const p = new LimaProvider({ dataDir: dir, platform: 'linux', run: recordingRunner('', []) });
    await expect(p.detect()).resolves.toEqual({ usable: false, reason: 'Berth uses Lima on macOS only; this computer runs linux.' }); // prettier-ignore
  });

  it('is usable on macOS when limactl answers', async () => {
    const p = new LimaProvider({ dataDir: dir, platform: 'darwin', run: recordingRunner(listJson, []) });
    expect((await p.detect()).usable).toBe(true);
  });

  it('stops a running instance, and a factory reset deletes it', async () => {
    const calls: string[][] = [];
    const p = new LimaProvider({
      dataDir: join(dir, 'data'),
      platform: 'darwin',
      run: recordingRunner(listJson, calls),
    });
    await p.stop();
    expect(calls).toContainEqual(['stop', 'berth']);
    await p.factoryReset();
    expect(calls).toContainEqual(['delete', '--force', 'berth']);
    expect(p.status().state).toBe('stopped');
  });
});
