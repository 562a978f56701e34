import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dockerOptions, kindOf } from '@core/engine/endpoint';

let certPath: string;

beforeAll(() => {
  certPath = mkdtempSync(path.join(os.tmpdir(), 'berth-certs-'));
  writeFileSync(path.join(certPath, 'ca.pem'), 'CA PEM');
  writeFileSync(path.join(certPath, 'cert.pem'), 'CERT PEM');
  writeFileSync(path.join(certPath, 'key.pem'), 'KEY PEM');
});

afterAll(() => {
  rmSync(certPath, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('kindOf', () => {
  // Each supported scheme, and http and https as tcp.
  it.each([
    ['unix:///var/run/docker.sock', 'unix'],
    ['npipe:////./pipe/docker_engine', 'npipe'],
    ['tcp://1.2.3.4:2375', 'tcp'],
    ['ssh://me@box', 'ssh'],
    ['http://localhost:2375', 'tcp'],
    ['https://localhost:2376', 'tcp'],
  ])('names %s a %s address', (address, kind) => {
    expect(kindOf(address)).toBe(kind);
  });

  it('throws on an unknown scheme or a bare path', () => {
    expect(() => kindOf('fd://3')).toThrow(/Unsupported engine address "fd:\/\/3"/);
    expect(() => kindOf('/var/run/docker.sock')).toThrow(/Unsupported engine address/);
    expect(() => dockerOptions('ftp://host', null)).toThrow(/Unsupported engine address/);
  });
});

describe('dockerOptions', () => {
  it('uses the socket path for unix://', () => {
    expect(dockerOptions('unix:///var/run/docker.sock', null)).toEqual({
      socketPath: '/var/run/docker.sock',
    });
  });

  it('turns an npipe address into a Windows pipe path', () => {
    expect(dockerOptions('npipe:////./pipe/docker_engine', null)).toEqual({
      socketPath: '\\\\.\\pipe\\docker_engine',
    });
  });

  it('uses plain http for tcp:// without TLS, defaulting to port 2375', () => {
    expect(dockerOptions('tcp://10.0.0.5:12375', null)).toEqual({
      protocol: 'http',
      host: '10.0.0.5',
      port: 12375,
    });
    expect(dockerOptions('tcp://docker.example', null)).toEqual({
      protocol: 'http',
      host: 'docker.example',
      port: 2375,
    });
  });

  it('uses https with the CA, cert and key for tcp:// with verified TLS', () => {
    const options = dockerOptions('tcp://docker.example:2376', { certPath, verify: true });
    expect(options).toMatchObject({ protocol: 'https', host: 'docker.example', port: 2376 });
    expect(String(options.ca)).toBe('CA PEM');
    expect(String(options.cert)).toBe('CERT PEM');
    expect(String(options.key)).toBe('KEY PEM');
  });

  it('defaults to port 2376 with TLS and leaves out the CA when not verifying', () => {
    const options = dockerOptions('tcp://docker.example', { certPath, verify: false });
    expect(options).toMatchObject({ protocol: 'https', port: 2376 });
    expect(options.ca).toBeUndefined();
    expect(String(options.cert)).toBe('CERT PEM');
    expect(String(options.key)).toBe('KEY PEM');
  });

  it('fails when the TLS folder lacks the client files', () => {
    const empty = mkdtempSync(path.join(os.tmpdir(), 'berth-nocerts-'));
    try {
      expect(() => dockerOptions('tcp://docker.example:2376', { certPath: empty, verify: false })).toThrow(
        /ENOENT/,
      );
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('connects over ssh with user, port and the SSH agent', () => {
    vi.stubEnv('SSH_AUTH_SOCK', '/tmp/agent.sock');
    expect(dockerOptions('ssh://deploy@build.example:2222', null)).toEqual({
      protocol: 'ssh',
      host: 'build.example',
      port: 2222,
      username: 'deploy',
      sshOptions: { agent: '/tmp/agent.sock' },
    });
  });

  it('defaults ssh to port 22 and no user name', () => {
    const options = dockerOptions('ssh://build.example', null);
    expect(options).toMatchObject({ protocol: 'ssh', host: 'build.example', port: 22 });
    expect(options.username).toBeUndefined();
  });
});
