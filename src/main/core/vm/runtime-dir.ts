// Unix sockets have a short path limit (about 104 bytes), so a VM's sockets live in a short private
// folder under the temp dir: mode 0700, owned by this user, never a symlink someone planted.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function defaultRuntimeDir(vmDir: string, prefix = 'berth-vm-'): string {
  return join(tmpdir(), `${prefix}${createHash('sha256').update(vmDir).digest('hex').slice(0, 12)}`);
}

export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = lstatSync(dir);
  const uid = process.getuid?.();
  if (
    !st.isDirectory() ||
    st.isSymbolicLink() ||
    (uid !== undefined && st.uid !== uid) ||
    (st.mode & 0o077) !== 0
  ) {
    throw new Error(`${dir} is not a private folder of this user; remove it and start again`);
  }
}
