// `berth serve`'s registry credentials: the helper or session store, Berth's logins bound to the
// engine they were made with, and the docker CLI's own credentials sent only to the engine the
// operator started with (a client allowed to change the engine does not get them).
import path from 'node:path';
import type { Backend } from '../core/backend';
import { installSecretStore } from '../core/registries/credentials';
import { removeLegacyPasswordFile, webSecretStore } from '../core/registries/web-store';

export function installWebSecrets(backend: Backend, settingsPath: string): void {
  const dir = path.dirname(settingsPath);
  if (removeLegacyPasswordFile(dir)) {
    console.warn(
      `Removed ${path.join(dir, 'registry-credentials.json')}: Berth no longer keeps passwords in a plain file; log in again.`,
    );
  }
  // Discovery runs as the engine starts, so this is the operator's engine, before any client.
  const startEngine = backend.engine.status().endpoint?.host ?? null;
  const store = webSecretStore(dir);
  installSecretStore(backend.services, store, {
    cliCredentialsFor: (engineHost) =>
      !backend.policy.allowEngineChange || (engineHost !== null && engineHost === startEngine),
  });
  if (store.storage?.kind === 'credential-helper') {
    console.log(`Registry logins marked "Remember" go to docker-credential-${store.storage.helper}.`);
  } else {
    console.log('Registry logins last until berth serve stops (no docker credential helper is configured).');
  }
}
