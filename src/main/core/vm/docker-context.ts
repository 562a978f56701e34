// The `berth` docker context: while Berth runs an engine of its own, the user's tools
// (`docker --context berth ps`, compose, IDEs) reach it. Written the way the docker CLI stores
// contexts (contexts/meta/<sha256(name)>/meta.json), atomically (temp file + rename). Berth never
// switches the user's current context.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ProviderEndpoint } from './provider';

export const CONTEXT_NAME = 'berth';

export function dockerConfigDir(env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  return env.DOCKER_CONFIG || path.join(home, '.docker');
}

function digest(name: string): string {
  return createHash('sha256').update(name).digest('hex');
}

export function contextPaths(configDir: string, name = CONTEXT_NAME) {
  const id = digest(name);
  return {
    metaDir: path.join(configDir, 'contexts', 'meta', id),
    metaFile: path.join(configDir, 'contexts', 'meta', id, 'meta.json'),
    tlsDir: path.join(configDir, 'contexts', 'tls', id),
  };
}

function writeAtomic(file: string, content: string | Buffer, mode: number): void {
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(temp, content, { mode });
  renameSync(temp, file);
}

export function contextMeta(endpoint: ProviderEndpoint, description: string): object {
  return {
    Name: CONTEXT_NAME,
    Metadata: { Description: description },
    Endpoints: {
      docker: { Host: endpoint.host, SkipTLSVerify: endpoint.tls ? !endpoint.tls.verify : false },
    },
  };
}

/** Creates or updates the context; unchanged content is not rewritten. */
export function writeBerthContext(configDir: string, endpoint: ProviderEndpoint, description: string): void {
  const { metaDir, metaFile, tlsDir } = contextPaths(configDir);
  const content = JSON.stringify(contextMeta(endpoint, description));
  let existing: string | null;
  try {
    existing = readFileSync(metaFile, 'utf8');
  } catch {
    existing = null;
  }
  mkdirSync(metaDir, { recursive: true, mode: 0o755 });
  if (existing !== content) writeAtomic(metaFile, content, 0o644);
  if (endpoint.tls) {
    const dockerTls = path.join(tlsDir, 'docker');
    mkdirSync(dockerTls, { recursive: true, mode: 0o700 });
    for (const file of ['ca.pem', 'cert.pem', 'key.pem']) {
      const temp = path.join(dockerTls, `${file}.${process.pid}.tmp`);
      copyFileSync(path.join(endpoint.tls.certPath, file), temp);
      renameSync(temp, path.join(dockerTls, file));
    }
  } else {
    rmSync(tlsDir, { recursive: true, force: true });
  }
}

export function readBerthContextHost(configDir: string): string | null {
  try {
    const meta = JSON.parse(readFileSync(contextPaths(configDir).metaFile, 'utf8')) as {
      Endpoints?: { docker?: { Host?: string } };
    };
    return meta.Endpoints?.docker?.Host ?? null;
  } catch {
    return null;
  }
}

/** Whether the user made `berth` their current context (config.json or DOCKER_CONTEXT). */
export function isCurrentContext(configDir: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.DOCKER_CONTEXT) return env.DOCKER_CONTEXT === CONTEXT_NAME;
  try {
    const config = JSON.parse(readFileSync(path.join(configDir, 'config.json'), 'utf8')) as {
      currentContext?: string;
    };
    return config.currentContext === CONTEXT_NAME;
  } catch {
    return false;
  }
}

export function removeBerthContext(configDir: string): void {
  const { metaDir, tlsDir } = contextPaths(configDir);
  rmSync(metaDir, { recursive: true, force: true });
  rmSync(tlsDir, { recursive: true, force: true });
}
