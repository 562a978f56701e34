// Where `berth serve` keeps remembered registry logins: in the docker credential helper the
// user's docker config names (credsStore), else nowhere: logins last for the session. A plain
// file of passwords, which earlier versions wrote, is removed.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { HELPER_NAME_RE } from './credential-helper';
import { readDockerConfig } from './docker-config';
import { HelperSecretStore } from './helper-store';
import { MemorySecretStore, type SecretStore } from './secret-store';

/** The plain-text file of earlier web-mode versions, beside the settings file. */
const LEGACY_FILE = 'registry-credentials.json';

export function webSecretStore(settingsDir: string, env: NodeJS.ProcessEnv = process.env): SecretStore {
  const helper = readDockerConfig(env).credsStore;
  if (helper && HELPER_NAME_RE.test(helper)) {
    return new HelperSecretStore(helper, path.join(settingsDir, 'registry-logins.json'));
  }
  return new MemorySecretStore({ kind: 'session', helper: null, reason: 'webMode' });
}

/** Removes the old plain-text password file; true when there was one. */
export function removeLegacyPasswordFile(settingsDir: string): boolean {
  const file = path.join(settingsDir, LEGACY_FILE);
  if (!existsSync(file)) return false;
  rmSync(file, { force: true });
  return true;
}
