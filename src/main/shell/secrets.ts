// Desktop: registry secrets encrypted with Electron's safeStorage (Keychain, DPAPI, libsecret)
// in a file under userData. Falls back to memory when the OS offers no encryption, rather than
// ever writing a password in plain text.
import path from 'node:path';
import { app, safeStorage } from 'electron';
import { FileSecretStore, MemorySecretStore, type SecretStore } from '../core/registries/secret-store';

export function createSecretStore(): SecretStore {
  if (!safeStorage.isEncryptionAvailable()) return new MemorySecretStore();
  return new FileSecretStore(path.join(app.getPath('userData'), 'registry-secrets.json'), {
    encode: (value) => safeStorage.encryptString(value).toString('base64'),
    decode: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  });
}
