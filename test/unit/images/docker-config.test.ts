// Credentials from a docker CLI config: auths (base64), credHelpers and credsStore, with a fake
// docker-credential-berthtest helper on PATH, and Berth's own logins (memory and 0600 file).
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryCredentials } from '@core/registries/credentials';
import { dockerConfigAuth, dockerConfigRegistries } from '@core/registries/docker-config';
import { FileSecretStore, MemorySecretStore } from '@core/registries/secret-store';

let dir: string;
let env: NodeJS.ProcessEnv;
const savedPath = process.env.PATH;

function writeConfig(config: object): void {
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'berth-auth-'));
  // The helper answers only for helper.example:5000; it records what it was asked.
  const helper = path.join(dir, 'docker-credential-berthtest');
  writeFileSync(
    helper,
    `#!/bin/sh\nread server\necho "$1 $server" >> "${dir}/asked"\n` +
      `if [ "$server" = "helper.example:5000" ]; then echo '{"ServerURL":"helper.example:5000","Username":"hu","Secret":"hs"}'; exit 0; fi\n` +
      `if [ "$server" = "token.example" ]; then echo '{"ServerURL":"token.example","Username":"<token>","Secret":"tok"}'; exit 0; fi\n` +
      `echo "credentials not found in native keychain"; exit 1\n`,
  );
  chmodSync(helper, 0o755);
  process.env.PATH = `${dir}${path.delimiter}${savedPath ?? ''}`;
  env = { DOCKER_CONFIG: dir, PATH: process.env.PATH };
});

afterAll(() => {
  process.env.PATH = savedPath;
  rmSync(dir, { recursive: true, force: true });
});

const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('docker config.json credentials', () => {
  it('decodes auths entries, for Docker Hub under its v1 key', async () => {
    writeConfig({
      auths: {
        'https://index.docker.io/v1/': { auth: b64('hubuser:hub:pass') },
        'http://127.0.0.1:5000': { auth: b64('local:secret') },
      },
    });
    expect((await dockerConfigAuth('docker.io', env))?.auth).toEqual({
      username: 'hubuser',
      password: 'hub:pass',
      serveraddress: 'https://index.docker.io/v1/',
    });
    expect((await dockerConfigAuth('127.0.0.1:5000', env))?.auth.password).toBe('secret');
    expect(await dockerConfigAuth('other.example', env)).toBeNull();
    expect(dockerConfigRegistries(env)).toContainEqual({
      server: '127.0.0.1:5000',
      username: 'local',
      source: 'docker-config',
    });
  });

  it('asks the credHelper of a registry with the server on stdin', async () => {
    writeConfig({ credHelpers: { 'helper.example:5000': 'berthtest' } });
    const found = await dockerConfigAuth('helper.example:5000', env);
    expect(found).toEqual({
      auth: { username: 'hu', password: 'hs', serveraddress: 'helper.example:5000' },
      source: 'credential-helper',
    });
    expect(readFileSync(path.join(dir, 'asked'), 'utf8')).toContain('get helper.example:5000');
  });

  it('uses credsStore for every registry, identity tokens included, and auths when it knows nothing', async () => {
    writeConfig({ credsStore: 'berthtest', auths: { 'plain.example': { auth: b64('p:q') } } });
    expect((await dockerConfigAuth('token.example', env))?.auth).toEqual({
      identitytoken: 'tok',
      serveraddress: 'token.example',
    });
    expect((await dockerConfigAuth('plain.example', env))?.auth.username).toBe('p');
    expect(await dockerConfigAuth('nobody.example', env)).toBeNull();
  });

  it('a missing helper is no credential, not a crash', async () => {
    writeConfig({ credsStore: 'does-not-exist-berth' });
    expect(await dockerConfigAuth('docker.io', env)).toBeNull();
  });
});

describe('RegistryCredentials', () => {
  it('prefers a Berth login, lists it without the secret, forgets it on logout', async () => {
    writeConfig({ auths: { 'reg.example': { auth: b64('cli:clipass') } } });
    const credentials = new RegistryCredentials(new MemorySecretStore(), { env });
    expect((await credentials.resolve('reg.example'))?.username).toBe('cli');
    await credentials.save('https://reg.example/', { username: 'me', password: 'pw' }, false);
    expect(await credentials.resolve('reg.example')).toEqual({
      username: 'me',
      password: 'pw',
      serveraddress: 'reg.example',
    });
    const listed = await credentials.list();
    expect(listed).toEqual([{ server: 'reg.example', username: 'me', source: 'berth' }]);
    expect(JSON.stringify(listed)).not.toContain('pw');
    await credentials.forget('reg.example');
    expect((await credentials.resolve('reg.example'))?.username).toBe('cli');
  });

  it('"Remember" writes a 0600 file that a new session reads', async () => {
    writeConfig({});
    const file = path.join(dir, 'berth', 'creds.json');
    const first = new RegistryCredentials(new FileSecretStore(file), { env });
    await first.save('127.0.0.1:5000', { username: 'u', password: 'p' }, true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = new RegistryCredentials(new FileSecretStore(file), { env });
    expect((await second.resolve('127.0.0.1:5000'))?.password).toBe('p');
    expect((await second.list())[0]?.source).toBe('berth-remembered');
    await second.forget('127.0.0.1:5000');
    expect(
      await new RegistryCredentials(new FileSecretStore(file), { env }).resolve('127.0.0.1:5000'),
    ).toBeNull();
  });
});
