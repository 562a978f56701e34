// Desktop: registry secrets encrypted with Electron's safeStorage (Keychain, DPAPI, libsecret)
// in a file under userData. Falls back to memory (this session only, and the Registries dialog
// says so) when the OS offers no real encryption, rather than ever writing a password readable:
// on Linux without a keyring safeStorage picks `basic_text`, a fixed key that protects nothing.
import path from 'node:path';
import { app, safeStorage } from 'electron';
import { FileSecretStore, MemorySecretStore, type SecretStore } from '../core/registries/secret-store';

function linuxBackendIsPlain(): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const backend = safeStorage.getSelectedStorageBackend();
    return backend === 'basic_text' || backend === 'unknown';
  } catch {
    return true;
  }
}

/** Uses safeStorage's asynchronous API (the synchronous one is deprecated since Electron 45). */
export async function createSecretStore(): Promise<SecretStore> {
  if (!(await safeStorage.isAsyncEncryptionAvailable())) {
    return new MemorySecretStore({ kind: 'session', helper: null, reason: 'noEncryption' });
  }
  if (linuxBackendIsPlain()) {
    return new MemorySecretStore({ kind: 'session', helper: null, reason: 'basicText' });
  }
  return new FileSecretStore(
    path.join(app.getPath('userData'), 'registry-secrets.json'),
    {
      encode: async (value) => (await safeStorage.encryptStringAsync(value)).toString('base64'),
      decode: async (stored) => (await safeStorage.decryptStringAsync(Buffer.from(stored, 'base64'))).result,
    },
    { kind: 'keychain', helper: null, reason: null },
  );
}
