// Web mode's registry secrets: the docker credential helper when the user's config names one
// (a fake helper script stands in for docker-credential-*), else memory for the session; logins
// bound to the engine they were made with; the old plain-text file removed.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryCredentials } from '@core/registries/credentials';
import { MemorySecretStore } from '@core/registries/secret-store';
import { removeLegacyPasswordFile, webSecretStore } from '@core/registries/web-store';

let dir: string;
let env: NodeJS.ProcessEnv;
const savedPath = process.env.PATH;

// A credential helper that keeps entries as files named by the server URL's hex.
const HELPER = `#!/bin/sh
store="$(dirname "$0")/store"
mkdir -p "$store"
input="$(cat)"
case "$1" in
  store)
    url=$(printf '%s' "$input" | sed -n 's/.*"ServerURL":"\\([^"]*\\)".*/\\1/p')
    printf '%s' "$input" > "$store/$(printf '%s' "$url" | od -An -tx1 | tr -d ' \\n')" ;;
  get)
    f="$store/$(printf '%s' "$input" | od -An -tx1 | tr -d ' \\n')"
    [ -f "$f" ] || { echo "credentials not found in native keychain"; exit 1; }
    sed 's/"ServerURL":"[^"]*",//' "$f" ;;
  erase)
    rm -f "$store/$(printf '%s' "$input" | od -An -tx1 | tr -d ' \\n')" ;;
esac
`;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'berth-webcreds-'));
  const bin = path.join(dir, 'bin');
  mkdirSync(bin);
  writeFileSync(path.join(bin, 'docker-credential-berthfake'), HELPER);
  chmodSync(path.join(bin, 'docker-credential-berthfake'), 0o755);
  // The helper is found on PATH, as the docker CLI finds it.
  process.env.PATH = `${bin}:${savedPath}`;
  mkdirSync(path.join(dir, 'docker'));
  env = { DOCKER_CONFIG: path.join(dir, 'docker'), PATH: process.env.PATH };
});

afterAll(() => {
  process.env.PATH = savedPath;
  rmSync(dir, { recursive: true, force: true });
});

describe('webSecretStore', () => {
  it('keeps logins for the session only when no helper is configured, and says why', () => {
    writeFileSync(path.join(dir, 'docker', 'config.json'), '{}');
    const store = webSecretStore(path.join(dir, 'settings'), env);
    expect(store).toBeInstanceOf(MemorySecretStore);
    expect(store.storage).toEqual({ kind: 'session', helper: null, reason: 'webMode' });
  });

  it('remembers through the configured helper, with no secret in Berth files, and forgets', async () => {
    writeFileSync(path.join(dir, 'docker', 'config.json'), JSON.stringify({ credsStore: 'berthfake' }));
    const settingsDir = path.join(dir, 'settings');
    const store = webSecretStore(settingsDir, env);
    expect(store.storage).toEqual({ kind: 'credential-helper', helper: 'berthfake', reason: null });
    const first = new RegistryCredentials(store, { env });
    await first.save('127.0.0.1:5000', { username: 'u', password: 'the-secret' }, true, 'unix:///a.sock');
    expect(readFileSync(path.join(settingsDir, 'registry-logins.json'), 'utf8')).not.toContain('the-secret');

    // A new session (a restart) finds it through the helper, for the same engine only.
    const second = new RegistryCredentials(webSecretStore(settingsDir, env), {
      env,
      cliCredentialsFor: () => false,
    });
    expect(await second.resolveFor('127.0.0.1:5000', 'unix:///a.sock')).toEqual({
      auth: { username: 'u', password: 'the-secret', serveraddress: '127.0.0.1:5000' },
      withheld: false,
    });
    expect(await second.resolveFor('127.0.0.1:5000', 'tcp://evil:2375')).toEqual({
      auth: null,
      withheld: true,
    });
    expect((await second.list()).find((entry) => entry.server === '127.0.0.1:5000')?.source).toBe(
      'berth-remembered',
    );

    await second.forget('127.0.0.1:5000');
    const third = new RegistryCredentials(webSecretStore(settingsDir, env), {
      env,
      cliCredentialsFor: () => false,
    });
    expect(await third.resolve('127.0.0.1:5000', 'unix:///a.sock')).toBeNull();
  });
});

describe('RegistryCredentials and engines', () => {
  it('never sends a login to an engine other than the one it was made with', async () => {
    writeFileSync(path.join(dir, 'docker', 'config.json'), '{}');
    const credentials = new RegistryCredentials(new MemorySecretStore(), { env });
    await credentials.save('reg.example', { username: 'me', password: 'pw' }, false, 'unix:///engine-a.sock');
    expect((await credentials.resolveFor('reg.example', 'unix:///engine-a.sock')).auth?.password).toBe('pw');
    expect(await credentials.resolveFor('reg.example', 'tcp://10.0.0.9:2375')).toEqual({
      auth: null,
      withheld: true,
    });
    expect(await credentials.resolveFor('reg.example', null)).toEqual({ auth: null, withheld: true });
  });

  it("sends the docker CLI's own credentials only where allowed (web mode: the operator's engine)", async () => {
    const auth = Buffer.from('cli:clipass').toString('base64');
    writeFileSync(
      path.join(dir, 'docker', 'config.json'),
      JSON.stringify({ auths: { 'reg.example': { auth } } }),
    );
    const credentials = new RegistryCredentials(new MemorySecretStore(), {
      env,
      cliCredentialsFor: (engine) => engine === 'unix:///operator.sock',
    });
    expect((await credentials.resolve('reg.example', 'unix:///operator.sock'))?.username).toBe('cli');
    expect(await credentials.resolve('reg.example', 'tcp://evil:2375')).toBeNull();
  });
});

describe('removeLegacyPasswordFile', () => {
  it('removes the plain-text file earlier versions wrote', () => {
    const settingsDir = path.join(dir, 'legacy');
    mkdirSync(settingsDir);
    const file = path.join(settingsDir, 'registry-credentials.json');
    writeFileSync(file, '{"reg":"{\\"password\\":\\"pw\\"}"}');
    expect(removeLegacyPasswordFile(settingsDir)).toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(removeLegacyPasswordFile(settingsDir)).toBe(false);
  });
});
