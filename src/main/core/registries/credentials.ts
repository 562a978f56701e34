// Registry credentials as Berth uses them: logins made in Berth (memory, or the SecretStore when
// the user ticked "Remember"), then whatever the docker CLI has (config.json, helpers).
// Secrets never leave this module except as the X-Registry-Auth header sent to the engine.
import path from 'node:path';
import type { RegistryLogin } from '../../../shared/api/images-transfer';
import { authKeyFor, registryDomain } from '../../../shared/images/reference';
import { defaultSettingsPath } from '../settings/settings-file';
import { dockerConfigAuth, dockerConfigRegistries, type AuthConfig } from './docker-config';
import { FileSecretStore, type SecretStore } from './secret-store';

interface StoredLogin {
  username: string;
  password: string;
}

export class RegistryCredentials {
  private readonly session = new Map<string, StoredLogin>();

  constructor(
    private readonly remembered: SecretStore,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  /** The auth to send for a registry domain, or null (anonymous). */
  async resolve(domain: string): Promise<AuthConfig | null> {
    const key = registryDomain(domain);
    const serveraddress = authKeyFor(key);
    const own = this.session.get(key) ?? (await this.readRemembered(key));
    if (own) return { username: own.username, password: own.password, serveraddress };
    return (await dockerConfigAuth(key, this.env))?.auth ?? null;
  }

  async save(server: string, login: StoredLogin, remember: boolean): Promise<void> {
    const key = registryDomain(server);
    this.session.set(key, login);
    if (remember) await this.remembered.set(key, JSON.stringify(login));
    else await this.remembered.delete(key);
  }

  async forget(server: string): Promise<void> {
    const key = registryDomain(server);
    this.session.delete(key);
    await this.remembered.delete(key);
  }

  async list(): Promise<RegistryLogin[]> {
    const out = new Map<string, RegistryLogin>();
    for (const entry of dockerConfigRegistries(this.env)) out.set(entry.server, entry);
    for (const key of await this.remembered.keys()) {
      const login = await this.readRemembered(key);
      if (login) out.set(key, { server: key, username: login.username, source: 'berth-remembered' });
    }
    for (const [key, login] of this.session) {
      if (out.get(key)?.source !== 'berth-remembered') {
        out.set(key, { server: key, username: login.username, source: 'berth' });
      }
    }
    return [...out.values()].sort((a, b) => a.server.localeCompare(b.server));
  }

  private async readRemembered(key: string): Promise<StoredLogin | null> {
    try {
      const text = await this.remembered.get(key);
      if (!text) return null;
      const parsed = JSON.parse(text) as Partial<StoredLogin>;
      return parsed.username && parsed.password
        ? { username: parsed.username, password: parsed.password }
        : null;
    } catch {
      return null;
    }
  }
}

/** Where web mode keeps remembered logins (0600), next to Berth's settings. */
export function defaultCredentialsFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(path.dirname(defaultSettingsPath(env)), 'registry-credentials.json');
}

// One credentials object per backend, found from the router context's settings object, so the
// router needs no new context field. The desktop shell swaps in its safeStorage store.
const perBackend = new WeakMap<object, RegistryCredentials>();

export function credentialsFor(owner: object): RegistryCredentials {
  let credentials = perBackend.get(owner);
  if (!credentials) {
    credentials = new RegistryCredentials(new FileSecretStore(defaultCredentialsFile()));
    perBackend.set(owner, credentials);
  }
  return credentials;
}

/** Desktop: `installSecretStore(backend.settings, new SafeStorageSecretStore(...))` before the window opens. */
export function installSecretStore(owner: object, store: SecretStore): void {
  perBackend.set(owner, new RegistryCredentials(store));
}
