// wsl.exe output from recorded fixtures, in UTF-16LE (what wsl.exe writes to a pipe) and in UTF-8
// (WSL_UTF8=1), and the provider's use of wsl.exe through a recording runner.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandRunner } from '@core/vm/command-runner';
import { dockerdCommand, wslArgs } from '@core/vm/wsl2/wsl-commands';
import { decodeWslOutput, parseWslList, parseWslNames, parseWslStatus } from '@core/vm/wsl2/wsl-output';
import { Wsl2Provider } from '@core/vm/wsl2/wsl2-provider';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name));
const utf16 = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le');

describe('decodeWslOutput', () => {
  it('decodes UTF-16LE by default and UTF-8 when WSL_UTF8=1', () => {
    const utf8Text = fixture('wsl-list-verbose.txt').toString('utf8');
    expect(decodeWslOutput(fixture('wsl-list-verbose.utf16le.bin'), {})).toBe(utf8Text);
    expect(decodeWslOutput(fixture('wsl-list-verbose.txt'), { WSL_UTF8: '1' })).toBe(utf8Text);
  });

  it('still reads UTF-8 when the variable is unset but the bytes are plainly not UTF-16', () => {
    expect(decodeWslOutput(Buffer.from('berth\nUbuntu\n'), {})).toBe('berth\nUbuntu\n');
  });

  it('drops a byte-order mark, NULs and carriage returns', () => {
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), utf16('berth\n')]);
    expect(decodeWslOutput(withBom, {})).toBe('berth\n');
  });
});

describe('parseWslList', () => {
  it('reads `wsl --list --verbose` in both encodings alike', () => {
    const expected = [
      { name: 'Ubuntu-22.04', state: 'Running', version: 2, isDefault: true },
      { name: 'docker-desktop-data', state: 'Stopped', version: 2, isDefault: false },
      { name: 'berth', state: 'Stopped', version: 2, isDefault: false },
      { name: 'Debian', state: 'Stopped', version: 1, isDefault: false },
    ];
    expect(parseWslList(decodeWslOutput(fixture('wsl-list-verbose.utf16le.bin'), {}))).toEqual(expected);
    expect(parseWslList(decodeWslOutput(fixture('wsl-list-verbose.txt'), { WSL_UTF8: '1' }))).toEqual(
      expected,
    );
  });

  it('reads a localised list (Korean headers and states with spaces)', () => {
    expect(parseWslList(decodeWslOutput(fixture('wsl-list-verbose.ko.utf16le.bin'), {}))).toEqual([
      { name: 'Ubuntu', state: '실행 중', version: 2, isDefault: true },
      { name: 'berth', state: '중지됨', version: 2, isDefault: false },
    ]);
  });

  it('reads `--quiet` names', () => {
    expect(parseWslNames(decodeWslOutput(utf16('Ubuntu\nberth\n'), {}))).toEqual(['Ubuntu', 'berth']);
  });
});

describe('parseWslStatus', () => {
  it('reads the default distribution and version in both encodings', () => {
    const expected = { defaultDistribution: 'Ubuntu-22.04', defaultVersion: 2, problem: null };
    expect(parseWslStatus(decodeWslOutput(fixture('wsl-status.utf16le.bin'), {}))).toEqual(expected);
    expect(parseWslStatus(decodeWslOutput(fixture('wsl-status.txt'), { WSL_UTF8: '1' }))).toEqual(expected);
  });

  it('says what is wrong when WSL cannot run VMs', () => {
    const status = parseWslStatus(fixture('wsl-status-novirt.txt').toString('utf8'));
    expect(status.problem).toMatch(/kernel component|Virtual Machine Platform/);
  });
});

describe('wsl command lines', () => {
  it('imports as version 2, terminates and unregisters the Berth distro by name', () => {
    expect(wslArgs.import('berth', 'C:\\Berth\\distro', 'C:\\Berth\\rootfs.tar')).toEqual([
      '--import', 'berth', 'C:\\Berth\\distro', 'C:\\Berth\\rootfs.tar', '--version', '2',
    ]); // prettier-ignore
    expect(wslArgs.terminate('berth')).toEqual(['--terminate', 'berth']);
    expect(wslArgs.unregister('berth')).toEqual(['--unregister', 'berth']);
    expect(() => wslArgs.unregister('berth; rm -rf')).toThrow(/bad WSL distro name/);
  });

  it('starts dockerd with TLS verification on the loopback only', () => {
    const cmd = dockerdCommand(40123);
    expect(cmd).toContain('--tlsverify');
    expect(cmd).toContain('tcp://127.0.0.1:40123');
    expect(cmd.join(' ')).not.toMatch(/0\.0\.0\.0|:2375/);
    expect(() => dockerdCommand(80)).toThrow(/bad engine port/);
  });
});

describe('Wsl2Provider', () => {
  const dir = mkdtempSync(join(tmpdir(), 'berth-wsl-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const rootfs = join(dir, 'rootfs.tar');
  writeFileSync(rootfs, '');

  /** Answers wsl.exe as a recorded Windows machine would, in UTF-16LE, and records the calls. */
  function recordingRunner(answers: Record<string, string>, calls: string[][]): CommandRunner {
    return async (_program, args) => {
      calls.push(args);
      const key = Object.keys(answers).find((k) => args.join(' ').startsWith(k));
      return { code: key ? 0 : 1, stdout: utf16(key ? answers[key]! : ''), stderr: Buffer.alloc(0) };
    };
  }

  it('says in words why it cannot run outside Windows', async () => {
    const p = new Wsl2Provider({
      dataDir: dir,
      rootfsTar: rootfs,
      platform: 'linux',
      run: recordingRunner({}, []),
    });
    await expect(p.detect()).resolves.toEqual({ usable: false, reason: 'WSL2 exists only on Windows; this computer runs linux.' }); // prettier-ignore
  });

  it('detects WSL from `wsl --status`, and names the problem when virtualisation is off', async () => {
    const ok = new Wsl2Provider({ dataDir: dir, rootfsTar: rootfs, platform: 'win32', run: recordingRunner({ '--status': fixture('wsl-status.txt').toString('utf8') }, []) }); // prettier-ignore
    await expect(ok.detect()).resolves.toEqual({ usable: true, reason: 'Usable with WSL 2.' });
    const off = new Wsl2Provider({ dataDir: dir, rootfsTar: rootfs, platform: 'win32', run: recordingRunner({ '--status': fixture('wsl-status-novirt.txt').toString('utf8') }, []) }); // prettier-ignore
    const detection = await off.detect();
    expect(detection.usable).toBe(false);
    expect(detection.reason).toMatch(/WSL cannot run Linux VMs/);
  });

  it('factory reset terminates and unregisters the distro', async () => {
    const calls: string[][] = [];
    const p = new Wsl2Provider({ dataDir: join(dir, 'data'), rootfsTar: rootfs, platform: 'win32', run: recordingRunner({ '--list --quiet': 'Ubuntu\nberth\n', '--terminate': '', '--unregister': '' }, calls) }); // prettier-ignore
    await p.factoryReset();
    expect(calls).toContainEqual(['--terminate', 'berth']);
    expect(calls).toContainEqual(['--unregister', 'berth']);
    expect(p.status().state).toBe('stopped');
  });
});
