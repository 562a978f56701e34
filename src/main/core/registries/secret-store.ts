// Where Berth keeps registry secrets the user asked it to remember. Core defines the interface;
// the desktop app uses an Electron safeStorage file (src/main/shell/secrets.ts), web mode the
// docker credential helper (helper-store.ts) or memory. No store writes a password in plain text.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CredentialStorage } from '@shared/api/images-transfer';

export interface SecretStore {
  /** What "Remember" means with this store, for the UI; session-only when absent. */
  readonly storage?: CredentialStorage;
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export class MemorySecretStore implements SecretStore {
  private readonly values = new Map<string, string>();
  constructor(readonly storage: CredentialStorage = { kind: 'session', helper: null, reason: null }) {}
  get(key: string) {
    return Promise.resolve(this.values.get(key) ?? null);
  }
  set(key: string, value: string) {
    this.values.set(key, value);
    return Promise.resolve();
  }
  delete(key: string) {
    this.values.delete(key);
    return Promise.resolve();
  }
  keys() {
    return Promise.resolve([...this.values.keys()]);
  }
}

/** How each value is stored (safeStorage's encryption is asynchronous since Electron 45). */
export interface SecretCodec {
  encode(value: string): string | Promise<string>;
  decode(stored: string): string | Promise<string>;
}

/**
 * A JSON map in one file, readable only by its owner (0600). `encode`/`decode` let the desktop
 * app encrypt each value (safeStorage); without a codec values are stored as given (tests only).
 */
export class FileSecretStore implements SecretStore {
  constructor(
    private readonly file: string,
    private readonly codec: SecretCodec = {
      encode: (value) => value,
      decode: (stored) => stored,
    },
    readonly storage?: CredentialStorage,
  ) {}

  async get(key: string) {
    const stored = this.read()[key];
    return stored === undefined ? null : await this.codec.decode(stored);
  }

  async set(key: string, value: string) {
    const encoded = await this.codec.encode(value);
    const all = this.read();
    all[key] = encoded;
    this.write(all);
  }

  delete(key: string) {
    const all = this.read();
    if (key in all) {
      delete all[key];
      this.write(all);
    }
    return Promise.resolve();
  }

  keys() {
    return Promise.resolve(Object.keys(this.read()));
  }

  private read(): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'));
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  }

  private write(all: Record<string, string>): void {
    mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(all, null, 2) + '\n', { mode: 0o600 });
    renameSync(temp, this.file);
  }
}
