// Web mode's "Remember": the user's docker credential helper keeps the secret (so `docker login`
// and Berth share it); a small 0600 file beside Berth's settings lists which registries Berth
// logged in to and with which engine. It holds no secret.
import { authKeyFor } from '@shared/images/reference';
import { helperErase, helperGet, helperStore } from './credential-helper';
import { FileSecretStore, type SecretStore } from './secret-store';

interface Stored {
  username: string;
  password: string;
  engine: string | null;
}

export class HelperSecretStore implements SecretStore {
  readonly storage;
  private readonly index: FileSecretStore;

  constructor(
    private readonly helper: string,
    indexFile: string,
  ) {
    this.storage = { kind: 'credential-helper' as const, helper, reason: null };
    this.index = new FileSecretStore(indexFile);
  }

  async get(key: string): Promise<string | null> {
    const meta = await this.index.get(key);
    if (!meta) return null;
    const creds = await helperGet(this.helper, authKeyFor(key));
    if (!creds) return null;
    const { engine } = JSON.parse(meta) as { engine?: string | null };
    const stored: Stored = { username: creds.username, password: creds.secret, engine: engine ?? null };
    return JSON.stringify(stored);
  }

  async set(key: string, value: string): Promise<void> {
    const stored = JSON.parse(value) as Stored;
    await helperStore(this.helper, authKeyFor(key), { username: stored.username, secret: stored.password });
    await this.index.set(key, JSON.stringify({ username: stored.username, engine: stored.engine }));
  }

  async delete(key: string): Promise<void> {
    if (!(await this.index.get(key))) return; // not Berth's login: leave the CLI's alone
    await helperErase(this.helper, authKeyFor(key));
    await this.index.delete(key);
  }

  keys(): Promise<string[]> {
    return this.index.keys();
  }
}
