// Registry credentials as Berth uses them: logins made in Berth (memory, or the SecretStore when
// the user ticked "Remember"), then whatever the docker CLI has (config.json, helpers).
// Secrets never leave this module except as the X-Registry-Auth header sent to the engine, and a
// Berth login goes only to the engine it was checked with: an engine the client pointed Berth at
// later never receives it.
import type { CredentialStorage, RegistryLogin } from '@shared/api/images-transfer';
import { authKeyFor, registryDomain } from '@shared/images/reference';
import { dockerConfigAuth, dockerConfigRegistries, type AuthConfig } from './docker-config';
import { MemorySecretStore, type SecretStore } from './secret-store';

interface StoredLogin {
  username: string;
  password: string;
  /** The engine endpoint (e.g. unix:///var/run/docker.sock) the login was made with. */
  engine: string | null;
}

export interface ResolvedAuth {
  auth: AuthConfig | null;
  /** A Berth login exists for this registry but was made with another engine, so it was not used. */
  withheld: boolean;
}

export interface CredentialsOptions {
  env?: NodeJS.ProcessEnv;
  /** Whether the docker CLI's own credentials may go to this engine (web mode: only the operator's). */
  cliCredentialsFor?: (engineHost: string | null) => boolean;
}

export class RegistryCredentials {
  private readonly session = new Map<string, StoredLogin>();
  private readonly env: NodeJS.ProcessEnv;
  private readonly cliAllowed: (engineHost: string | null) => boolean;

  constructor(
    private readonly remembered: SecretStore,
    options: CredentialsOptions = {},
  ) {
    this.env = options.env ?? process.env;
    this.cliAllowed = options.cliCredentialsFor ?? (() => true);
  }

  /** Where "Remember" keeps logins. */
  storage(): CredentialStorage {
    return this.remembered.storage ?? { kind: 'session', helper: null, reason: null };
  }

  /** The auth to send for a registry domain to the engine at `engineHost`, or null (anonymous). */
  async resolve(domain: string, engineHost: string | null = null): Promise<AuthConfig | null> {
    return (await this.resolveFor(domain, engineHost)).auth;
  }

  async resolveFor(domain: string, engineHost: string | null): Promise<ResolvedAuth> {
    const key = registryDomain(domain);
    const serveraddress = authKeyFor(key);
    const own = this.session.get(key) ?? (await this.readRemembered(key));
    if (own && own.engine === engineHost) {
      return { auth: { username: own.username, password: own.password, serveraddress }, withheld: false };
    }
    const cli = this.cliAllowed(engineHost) ? ((await dockerConfigAuth(key, this.env))?.auth ?? null) : null;
    return { auth: cli, withheld: own !== null && cli === null };
  }

  async save(
    server: string,
    login: { username: string; password: string },
    remember: boolean,
    engineHost: string | null = null,
  ): Promise<void> {
    const key = registryDomain(server);
    const stored: StoredLogin = { username: login.username, password: login.password, engine: engineHost };
    this.session.set(key, stored);
    if (remember) await this.remembered.set(key, JSON.stringify(stored));
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
        ? {
            username: parsed.username,
            password: parsed.password,
            engine: typeof parsed.engine === 'string' ? parsed.engine : null,
          }
        : null;
    } catch {
      return null;
    }
  }
}

/** What holds a backend's credentials (its services); the front door replaces them with its store. */
export interface CredentialsHolder {
  credentials: RegistryCredentials;
}

/** A backend's credentials until its front door installs a store: memory, never a plain file. */
export function sessionCredentials(): RegistryCredentials {
  return new RegistryCredentials(new MemorySecretStore());
}

/**
 * `installSecretStore(backend.services, store)` before the first client connects: the desktop app
 * installs its safeStorage store, `berth serve` the docker credential helper or memory.
 */
export function installSecretStore(
  holder: CredentialsHolder,
  store: SecretStore,
  options: CredentialsOptions = {},
): void {
  holder.credentials = new RegistryCredentials(store, options);
}
