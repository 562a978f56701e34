// Asks a docker credential helper (docker-credential-<name>) for a registry's credentials, the
// way the docker CLI does: `get` with the server URL on stdin, JSON on stdout.
import { spawn } from 'node:child_process';

export interface HelperCredentials {
  username: string;
  secret: string;
}

const TIMEOUT_MS = 10_000;
const MAX_OUTPUT = 64 * 1024;

/** null when the helper knows nothing of this server (or is missing, or fails). */
export function helperGet(helper: string, serverUrl: string): Promise<HelperCredentials | null> {
  if (!/^[A-Za-z0-9._-]+$/.test(helper)) return Promise.resolve(null);
  return new Promise((resolve) => {
    let output = '';
    let settled = false;
    const done = (value: HelperCredentials | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const child = spawn(`docker-credential-${helper}`, ['get'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done(null);
    }, TIMEOUT_MS);
    child.on('error', () => done(null));
    child.stdin.on('error', () => undefined);
    child.stdout.on('data', (chunk: Buffer) => {
      if (output.length < MAX_OUTPUT) output += chunk.toString('utf8');
    });
    child.on('close', (code) => {
      if (code !== 0) return done(null);
      try {
        const parsed = JSON.parse(output) as { Username?: string; Secret?: string };
        if (!parsed.Secret) return done(null);
        done({ username: parsed.Username ?? '', secret: parsed.Secret });
      } catch {
        done(null);
      }
    });
    child.stdin.end(serverUrl);
  });
}
