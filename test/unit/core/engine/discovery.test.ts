import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverEngine, discoverUserEngine } from '@core/engine/discovery';

let home: string;

beforeEach(() => {
  home = mkdtempSync(path.join(os.tmpdir(), 'berth-discovery-'));
});

afterEach(() => {
  rmSync(home, { recursive: true, force: true });
});

const digest = (name: string) => createHash('sha256').update(name).digest('hex');

/** Writes a context the way the docker CLI stores it. */
function writeContext(
  configDir: string,
  name: string,
  host: string | undefined,
  options: { skipTlsVerify?: boolean; tls?: boolean } = {},
): string {
  const metaDir = path.join(configDir, 'contexts', 'meta', digest(name));
  mkdirSync(metaDir, { recursive: true });
  const docker = host === undefined ? {} : { Host: host, SkipTLSVerify: options.skipTlsVerify ?? false };
  writeFileSync(path.join(metaDir, 'meta.json'), JSON.stringify({ Name: name, Endpoints: { docker } }));
  const tlsDir = path.join(configDir, 'contexts', 'tls', digest(name), 'docker');
  if (options.tls) {
    mkdirSync(tlsDir, { recursive: true });
    for (const file of ['ca.pem', 'cert.pem', 'key.pem']) writeFileSync(path.join(tlsDir, file), 'pem');
  }
  return tlsDir;
}

function writeConfig(configDir: string, config: unknown): void {
  mkdirSync(configDir, { recursive: true });
  writeFileSync(path.join(configDir, 'config.json'), JSON.stringify(config));
}

const nothingExists = () => false;
const vmEngine = { host: 'unix:///vm/docker.sock', tls: null, reason: "Berth's engine (native)" };

describe('discoverEngine: settings and DOCKER_HOST', () => {
  it('prefers the host chosen in settings over DOCKER_HOST', () => {
    const result = discoverEngine({
      settingsHost: 'tcp://10.0.0.5:2375',
      env: { DOCKER_HOST: 'unix:///elsewhere.sock' },
      home,
      exists: nothingExists,
    });
    expect(result.endpoint).toEqual({
      host: 'tcp://10.0.0.5:2375',
      kind: 'tcp',
      source: 'settings',
      reason: 'chosen in Settings',
      tls: false,
    });
    expect(result.tls).toBeNull();
  });

  it('prefers DOCKER_HOST over the current docker context', () => {
    writeContext(path.join(home, '.docker'), 'remote', 'ssh://me@box');
    const result = discoverEngine({
      env: { DOCKER_HOST: 'unix:///tmp/custom.sock', DOCKER_CONTEXT: 'remote' },
      home,
      exists: nothingExists,
    });
    expect(result.endpoint).toMatchObject({
      host: 'unix:///tmp/custom.sock',
      kind: 'unix',
      source: 'DOCKER_HOST',
      reason: 'DOCKER_HOST is set',
      tls: false,
    });
  });

  it('takes TLS from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH', () => {
    const result = discoverEngine({
      env: { DOCKER_HOST: 'tcp://docker.example:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' },
      home,
      exists: nothingExists,
    });
    expect(result.tls).toEqual({ certPath: '/certs', verify: true });
    expect(result.endpoint.tls).toBe(true);
  });

  it('defaults the cert path to ~/.docker when only DOCKER_TLS_VERIFY is set', () => {
    const result = discoverEngine({
      env: { DOCKER_HOST: 'tcp://docker.example:2376', DOCKER_TLS_VERIFY: '1' },
      home,
      exists: nothingExists,
    });
    expect(result.tls).toEqual({ certPath: path.join(home, '.docker'), verify: true });
  });

  it('uses TLS without verification when only DOCKER_CERT_PATH is set', () => {
    const result = discoverEngine({
      env: { DOCKER_HOST: 'tcp://docker.example:2376', DOCKER_CERT_PATH: '/certs' },
      home,
      exists: nothingExists,
    });
    expect(result.tls).toEqual({ certPath: '/certs', verify: false });
  });

  it('treats any non-empty DOCKER_TLS_VERIFY, even "0", as on (as the docker CLI does)', () => {
    const result = discoverEngine({
      env: { DOCKER_HOST: 'tcp://docker.example:2376', DOCKER_TLS_VERIFY: '0' },
      home,
      exists: nothingExists,
    });
    expect(result.tls).toEqual({ certPath: path.join(home, '.docker'), verify: true });
    expect(result.endpoint.tls).toBe(true);
  });

  it('uses no TLS when neither DOCKER_TLS_VERIFY nor DOCKER_CERT_PATH is set', () => {
    const result = discoverEngine({
      env: { DOCKER_HOST: 'tcp://docker.example:2375', DOCKER_TLS_VERIFY: '' },
      home,
      exists: nothingExists,
    });
    expect(result.tls).toBeNull();
  });
});

describe('discoverEngine: docker context', () => {
  it('follows currentContext in ~/.docker/config.json', () => {
    const configDir = path.join(home, '.docker');
    writeConfig(configDir, { currentContext: 'remote' });
    writeContext(configDir, 'remote', 'ssh://me@box.example:2222');
    const result = discoverEngine({ env: {}, home, exists: nothingExists, provider: vmEngine });
    expect(result.endpoint).toEqual({
      host: 'ssh://me@box.example:2222',
      kind: 'ssh',
      source: 'context',
      reason: 'docker context "remote"',
      tls: false,
    });
    expect(result.tls).toBeNull();
  });

  it('lets DOCKER_CONTEXT override currentContext, and reads from DOCKER_CONFIG', () => {
    const configDir = path.join(home, 'elsewhere');
    writeConfig(configDir, { currentContext: 'colima' });
    writeContext(configDir, 'colima', 'unix:///colima.sock');
    writeContext(configDir, 'work', 'tcp://work.example:2375');
    // A decoy under ~/.docker must be ignored when DOCKER_CONFIG is set.
    writeContext(path.join(home, '.docker'), 'work', 'tcp://decoy:2375');
    const result = discoverEngine({
      env: { DOCKER_CONFIG: configDir, DOCKER_CONTEXT: 'work' },
      home,
      exists: nothingExists,
    });
    expect(result.endpoint).toMatchObject({
      host: 'tcp://work.example:2375',
      kind: 'tcp',
      source: 'context',
      reason: 'docker context "work"',
    });
  });

  it('picks up the context TLS folder, verifying unless SkipTLSVerify', () => {
    const configDir = path.join(home, '.docker');
    const tlsDir = writeContext(configDir, 'secure', 'tcp://secure.example:2376', { tls: true });
    const result = discoverEngine({ env: { DOCKER_CONTEXT: 'secure' }, home, exists: nothingExists });
    expect(result.tls).toEqual({ certPath: tlsDir, verify: true });
    expect(result.endpoint.tls).toBe(true);
  });

  it('does not verify when the context says SkipTLSVerify', () => {
    const configDir = path.join(home, '.docker');
    const tlsDir = writeContext(configDir, 'lax', 'tcp://lax.example:2376', {
      tls: true,
      skipTlsVerify: true,
    });
    const result = discoverEngine({ env: { DOCKER_CONTEXT: 'lax' }, home, exists: nothingExists });
    expect(result.tls).toEqual({ certPath: tlsDir, verify: false });
  });

  it('ignores the "default" context', () => {
    const configDir = path.join(home, '.docker');
    writeConfig(configDir, { currentContext: 'default' });
    writeContext(configDir, 'default', 'tcp://should-not-be-used:2375');
    const result = discoverEngine({ env: {}, home, platform: 'darwin', exists: nothingExists });
    expect(result.endpoint.source).toBe('default');
  });

  it('falls through when the named context is missing or has no docker host', () => {
    const configDir = path.join(home, '.docker');
    writeContext(configDir, 'empty', undefined);
    for (const name of ['missing', 'empty']) {
      const result = discoverEngine({
        env: { DOCKER_CONTEXT: name },
        home,
        provider: vmEngine,
        exists: (file) => file === '/vm/docker.sock',
      });
      expect(result.endpoint.source).toBe('vm');
    }
  });

  it('falls through when config.json is not valid JSON', () => {
    const configDir = path.join(home, '.docker');
    mkdirSync(configDir, { recursive: true });
    writeFileSync(path.join(configDir, 'config.json'), '{ not json');
    const result = discoverEngine({ env: {}, home, platform: 'darwin', exists: nothingExists });
    expect(result.endpoint.source).toBe('default');
  });

  it('prefers the context over the VM socket', () => {
    writeContext(path.join(home, '.docker'), 'remote', 'tcp://remote:2375');
    const result = discoverEngine({
      env: { DOCKER_CONTEXT: 'remote' },
      home,
      provider: vmEngine,
      exists: () => true,
    });
    expect(result.endpoint.source).toBe('context');
  });
});

describe('discoverEngine: VM socket and platform defaults', () => {
  it('puts a provider chosen in Settings before DOCKER_HOST and contexts, but after an engine address', () => {
    writeContext(path.join(home, '.docker'), 'remote', 'tcp://remote:2375');
    const chosen = { ...vmEngine, chosen: true };
    const env = { DOCKER_HOST: 'unix:///elsewhere.sock', DOCKER_CONTEXT: 'remote' };
    expect(discoverEngine({ env, home, provider: chosen, exists: nothingExists }).endpoint.source).toBe('vm');
    expect(discoverEngine({ env, home, provider: vmEngine, exists: nothingExists }).endpoint.source).toBe(
      'DOCKER_HOST',
    );
    const settings = discoverEngine({ env, home, settingsHost: 'tcp://x:2375', provider: chosen });
    expect(settings.endpoint.source).toBe('settings');
  });

  it('does not count the berth context as an engine of the user', () => {
    writeContext(path.join(home, '.docker'), 'berth', 'unix:///gone/docker.sock');
    expect(discoverUserEngine({ env: { DOCKER_CONTEXT: 'berth' }, home })).toBeNull();
    expect(discoverUserEngine({ env: { DOCKER_HOST: 'tcp://h:2375' }, home })?.endpoint.source).toBe(
      'DOCKER_HOST',
    );
  });

  it("uses Berth's own VM socket when it exists", () => {
    const result = discoverEngine({
      env: {},
      home,
      provider: vmEngine,
      exists: (file) => file === '/vm/docker.sock' || file === '/var/run/docker.sock',
    });
    expect(result).toEqual({
      endpoint: {
        host: 'unix:///vm/docker.sock',
        kind: 'unix',
        source: 'vm',
        reason: "Berth's engine (native)",
        tls: false,
      },
      tls: null,
    });
  });

  it('uses the platform default when no provider runs', () => {
    const result = discoverEngine({
      env: {},
      home,
      platform: 'linux',
      provider: null,
      exists: (file) => file === '/var/run/docker.sock',
    });
    expect(result.endpoint).toMatchObject({
      host: 'unix:///var/run/docker.sock',
      source: 'default',
      reason: 'the platform default socket',
    });
  });

  it('finds the Docker Desktop socket under the home folder on macOS', () => {
    const socket = path.join(home, '.docker', 'run', 'docker.sock');
    const result = discoverEngine({ env: {}, home, platform: 'darwin', exists: (file) => file === socket });
    expect(result.endpoint).toMatchObject({ host: `unix://${socket}`, kind: 'unix', source: 'default' });
  });

  it('uses the named pipe on Windows without probing the file system', () => {
    const probed: string[] = [];
    const result = discoverEngine({
      env: {},
      home,
      platform: 'win32',
      exists: (file) => {
        probed.push(file);
        return false;
      },
    });
    expect(result.endpoint).toMatchObject({
      host: 'npipe:////./pipe/docker_engine',
      kind: 'npipe',
      source: 'default',
      reason: 'the platform default socket',
    });
    expect(probed).toEqual([]);
  });

  it('falls back to /var/run/docker.sock, saying it was not found', () => {
    const result = discoverEngine({ env: {}, home, platform: 'linux', exists: nothingExists });
    expect(result.endpoint).toEqual({
      host: 'unix:///var/run/docker.sock',
      kind: 'unix',
      source: 'default',
      reason: 'the platform default socket (not found)',
      tls: false,
    });
  });
});
