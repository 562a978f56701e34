// Talks to a docker credential helper (docker-credential-<name>) the way the docker CLI does:
// `get` / `erase` with the server URL on stdin, `store` with a JSON object; JSON on stdout.
import { spawn } from 'node:child_process';

export interface HelperCredentials {
  username: string;
  secret: string;
}

const TIMEOUT_MS = 10_000;
const MAX_OUTPUT = 64 * 1024;

export const HELPER_NAME_RE = /^[A-Za-z0-9._-]+$/;

/** Runs one helper action; resolves with its exit code (null: missing, killed) and stdout. */
function runHelper(
  helper: string,
  action: 'get' | 'store' | 'erase',
  input: string,
): Promise<{ code: number | null; output: string }> {
  if (!HELPER_NAME_RE.test(helper)) return Promise.resolve({ code: null, output: '' });
  return new Promise((resolve) => {
    let output = '';
    let settled = false;
    const done = (code: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ code, output });
    };
    const child = spawn(`docker-credential-${helper}`, [action], { stdio: ['pipe', 'pipe', 'ignore'] });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      done(null);
    }, TIMEOUT_MS);
    child.on('error', () => done(null));
    child.stdin.on('error', () => undefined);
    child.stdout.on('data', (chunk: Buffer) => {
      if (output.length < MAX_OUTPUT) output += chunk.toString('utf8');
    });
    child.on('close', (code) => done(code));
    child.stdin.end(input);
  });
}

/** null when the helper knows nothing of this server (or is missing, or fails). */
export async function helperGet(helper: string, serverUrl: string): Promise<HelperCredentials | null> {
  const { code, output } = await runHelper(helper, 'get', serverUrl);
  if (code !== 0) return null;
  try {
    const parsed = JSON.parse(output) as { Username?: string; Secret?: string };
    if (!parsed.Secret) return null;
    return { username: parsed.Username ?? '', secret: parsed.Secret };
  } catch {
    return null;
  }
}

/** Stores a login in the helper (as `docker login` does); throws when the helper refuses. */
export async function helperStore(
  helper: string,
  serverUrl: string,
  creds: HelperCredentials,
): Promise<void> {
  const input = JSON.stringify({ ServerURL: serverUrl, Username: creds.username, Secret: creds.secret });
  const { code } = await runHelper(helper, 'store', input);
  if (code !== 0) throw new Error(`docker-credential-${helper} could not store the login.`);
}

/** Removes a login from the helper (as `docker logout` does); a missing entry is fine. */
export async function helperErase(helper: string, serverUrl: string): Promise<void> {
  await runHelper(helper, 'erase', serverUrl);
}
