// Registry credentials the docker CLI already has: ~/.docker/config.json (DOCKER_CONFIG
// respected), its `auths` (base64 "user:password" or an identity token), `credHelpers` per
// registry and the default `credsStore`, in the CLI's order.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { authKeyFor, registryDomain } from '@shared/images/reference';
import { helperGet } from './credential-helper';

export interface AuthConfig {
  username?: string;
  password?: string;
  identitytoken?: string;
  serveraddress: string;
}

interface DockerConfigFile {
  auths?: Record<string, { auth?: string; identitytoken?: string; username?: string; password?: string }>;
  credsStore?: string;
  credHelpers?: Record<string, string>;
}

export function dockerConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.DOCKER_CONFIG || path.join(os.homedir(), '.docker'), 'config.json');
}

export function readDockerConfig(env: NodeJS.ProcessEnv = process.env): DockerConfigFile {
  try {
    const parsed: unknown = JSON.parse(readFileSync(dockerConfigPath(env), 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as DockerConfigFile) : {};
  } catch {
    return {};
  }
}

/** The entry of a map whose key names this registry ("https://host/v1/", "host", ...). */
function entryFor<T>(map: Record<string, T> | undefined, domain: string): [string, T] | null {
  if (!map) return null;
  for (const [key, value] of Object.entries(map)) if (registryDomain(key) === domain) return [key, value];
  return null;
}

function fromHelper(creds: { username: string; secret: string }, serveraddress: string): AuthConfig {
  // Helpers return "<token>" as the user name for identity tokens.
  return creds.username === '<token>'
    ? { identitytoken: creds.secret, serveraddress }
    : { username: creds.username, password: creds.secret, serveraddress };
}

export interface DockerConfigAuth {
  auth: AuthConfig;
  source: 'docker-config' | 'credential-helper';
}

/** The CLI's credentials for a registry domain ("docker.io", "127.0.0.1:5000"), or null. */
export async function dockerConfigAuth(
  domain: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DockerConfigAuth | null> {
  const config = readDockerConfig(env);
  const serveraddress = authKeyFor(domain);
  const helper = entryFor(config.credHelpers, domain)?.[1] ?? config.credsStore;
  if (helper) {
    const creds = await helperGet(helper, serveraddress);
    if (creds) return { auth: fromHelper(creds, serveraddress), source: 'credential-helper' };
  }
  const entry = entryFor(config.auths, domain)?.[1];
  if (!entry) return null;
  if (entry.identitytoken) {
    return { auth: { identitytoken: entry.identitytoken, serveraddress }, source: 'docker-config' };
  }
  if (entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      return {
        auth: { username: decoded.slice(0, colon), password: decoded.slice(colon + 1), serveraddress },
        source: 'docker-config',
      };
    }
  }
  if (entry.username && entry.password) {
    return {
      auth: { username: entry.username, password: entry.password, serveraddress },
      source: 'docker-config',
    };
  }
  return null;
}

/** Registries the CLI config names, with the user name where it is in the file (never a secret). */
export function dockerConfigRegistries(
  env: NodeJS.ProcessEnv = process.env,
): { server: string; username: string; source: 'docker-config' | 'credential-helper' }[] {
  const config = readDockerConfig(env);
  const found = new Map<
    string,
    { server: string; username: string; source: 'docker-config' | 'credential-helper' }
  >();
  for (const [key, entry] of Object.entries(config.auths ?? {})) {
    const server = registryDomain(key);
    const decoded = entry.auth ? Buffer.from(entry.auth, 'base64').toString('utf8') : '';
    const username = entry.username ?? decoded.slice(0, Math.max(0, decoded.indexOf(':')));
    found.set(server, {
      server,
      username,
      source: config.credsStore ? 'credential-helper' : 'docker-config',
    });
  }
  for (const key of Object.keys(config.credHelpers ?? {})) {
    const server = registryDomain(key);
    found.set(server, { server, username: found.get(server)?.username ?? '', source: 'credential-helper' });
  }
  return [...found.values()];
}
