// Finds the engine in the order of shared/DESIGN.md: settings, DOCKER_HOST, docker context,
// Berth's own VM, platform defaults. Every answer carries the reason, so the UI can say why.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EngineEndpoint, EndpointSource } from '@shared/api';
import { kindOf, type TlsMaterial } from './endpoint';

export interface DiscoveryInput {
  /** The user's choice in settings, if any. */
  settingsHost?: string | null;
  env?: NodeJS.ProcessEnv;
  home?: string;
  platform?: NodeJS.Platform;
  /** The engine of Berth's running provider (a private dockerd or a VM), when one runs. */
  provider?: ProviderEngineInput | null;
  exists?: (file: string) => boolean;
}

export interface ProviderEngineInput {
  host: string;
  tls: TlsMaterial | null;
  /** Words for the UI, e.g. "Berth's engine (native)". */
  reason: string;
  /** Chosen in Settings: wins over DOCKER_HOST and contexts (an engine address in Settings still wins). */
  chosen?: boolean;
}

export interface Discovered {
  endpoint: EngineEndpoint;
  tls: TlsMaterial | null;
}

function found(host: string, source: EndpointSource, reason: string, tls: TlsMaterial | null): Discovered {
  return { endpoint: { host, kind: kindOf(host), source, reason, tls: tls !== null }, tls };
}

interface ContextMeta {
  Endpoints?: { docker?: { Host?: string; SkipTLSVerify?: boolean } };
}

/** Reads a docker CLI context the way the CLI stores it: meta/<sha256(name)>/meta.json. */
function readContext(dockerConfigDir: string, name: string): Discovered | null {
  const digest = createHash('sha256').update(name).digest('hex');
  const metaFile = path.join(dockerConfigDir, 'contexts', 'meta', digest, 'meta.json');
  let meta: ContextMeta;
  try {
    meta = JSON.parse(readFileSync(metaFile, 'utf8')) as ContextMeta;
  } catch {
    return null;
  }
  const host = meta.Endpoints?.docker?.Host;
  if (!host) return null;
  const tlsDir = path.join(dockerConfigDir, 'contexts', 'tls', digest, 'docker');
  const tls = existsSync(path.join(tlsDir, 'cert.pem'))
    ? { certPath: tlsDir, verify: !meta.Endpoints?.docker?.SkipTLSVerify }
    : null;
  return found(host, 'context', `docker context "${name}"`, tls);
}

function currentContextName(dockerConfigDir: string, env: NodeJS.ProcessEnv): string | null {
  if (env.DOCKER_CONTEXT) return env.DOCKER_CONTEXT;
  try {
    const config = JSON.parse(readFileSync(path.join(dockerConfigDir, 'config.json'), 'utf8')) as {
      currentContext?: string;
    };
    return config.currentContext ?? null;
  } catch {
    return null;
  }
}

export function envTls(env: NodeJS.ProcessEnv, home: string): TlsMaterial | null {
  // As the docker CLI: any non-empty DOCKER_TLS_VERIFY (even "0") turns verification on.
  const verify = Boolean(env.DOCKER_TLS_VERIFY);
  if (!verify && !env.DOCKER_CERT_PATH) return null;
  return { certPath: env.DOCKER_CERT_PATH || path.join(home, '.docker'), verify };
}

export function defaultCandidates(platform: NodeJS.Platform, home: string): string[] {
  if (platform === 'win32') return ['npipe:////./pipe/docker_engine'];
  const candidates = [
    'unix:///var/run/docker.sock',
    `unix://${path.join(home, '.docker', 'run', 'docker.sock')}`,
    `unix://${path.join(home, '.docker', 'desktop', 'docker.sock')}`,
  ];
  if (platform === 'linux' && process.getuid) {
    candidates.push(`unix:///run/user/${process.getuid()}/docker.sock`); // rootless dockerd
  }
  return candidates;
}

/**
 * The engine the user configured outside Berth's settings (DOCKER_HOST, a current docker context
 * other than "default"), or null: then Berth may start an engine of its own.
 */
export function discoverUserEngine(
  input: { env?: NodeJS.ProcessEnv; home?: string } = {},
): Discovered | null {
  const env = input.env ?? process.env;
  const home = input.home ?? os.homedir();
  if (env.DOCKER_HOST) return found(env.DOCKER_HOST, 'DOCKER_HOST', 'DOCKER_HOST is set', envTls(env, home));
  const dockerConfigDir = env.DOCKER_CONFIG || path.join(home, '.docker');
  const contextName = currentContextName(dockerConfigDir, env);
  if (contextName && contextName !== 'default' && contextName !== 'berth') {
    const context = readContext(dockerConfigDir, contextName);
    if (context) return context;
  }
  return null;
}

export function discoverEngine(input: DiscoveryInput = {}): Discovered {
  const env = input.env ?? process.env;
  const home = input.home ?? os.homedir();
  const platform = input.platform ?? process.platform;
  const exists = input.exists ?? existsSync;

  const provider = input.provider
    ? found(input.provider.host, 'vm', input.provider.reason, input.provider.tls)
    : null;
  if (input.settingsHost)
    return found(input.settingsHost, 'settings', 'chosen in Settings', envTls(env, home));
  if (provider && input.provider?.chosen) return provider;
  const user = discoverUserEngine({ ...input, env, home });
  if (user) return user;
  if (provider) return provider;
  const candidates = defaultCandidates(platform, home);
  for (const host of candidates) {
    if (host.startsWith('npipe://') || exists(host.slice('unix://'.length))) {
      return found(host, 'default', 'the platform default socket', null);
    }
  }
  return found(candidates[0]!, 'default', 'the platform default socket (not found)', null);
}
