// Turns a DOCKER_HOST-style address into what dockerode needs, with TLS and SSH handled as the CLI does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DockerOptions } from 'dockerode';
import type { EngineEndpoint } from '@shared/api';

export interface TlsMaterial {
  /** Folder holding ca.pem, cert.pem and key.pem (DOCKER_CERT_PATH). */
  certPath: string;
  verify: boolean;
}

export function kindOf(host: string): EngineEndpoint['kind'] {
  const separator = host.indexOf('://');
  const scheme = separator > 0 ? host.slice(0, separator) : '';
  if (scheme === 'unix' || scheme === 'npipe' || scheme === 'tcp' || scheme === 'ssh') return scheme;
  if (scheme === 'http' || scheme === 'https') return 'tcp';
  throw new Error(`Unsupported engine address "${host}": use unix://, npipe://, tcp:// or ssh://`);
}

export function dockerOptions(host: string, tls: TlsMaterial | null): DockerOptions {
  const kind = kindOf(host);
  if (kind === 'unix') return { socketPath: host.slice('unix://'.length) };
  if (kind === 'npipe') {
    // npipe:////./pipe/docker_engine -> //./pipe/docker_engine
    return { socketPath: host.slice('npipe://'.length).replace(/\//g, '\\') };
  }
  const url = new URL(host.replace(/^tcp:/, tls ? 'https:' : 'http:'));
  if (kind === 'ssh') {
    return {
      protocol: 'ssh',
      host: url.hostname,
      port: url.port ? Number(url.port) : 22,
      username: url.username || undefined,
      sshOptions: { agent: process.env.SSH_AUTH_SOCK },
    };
  }
  const options: DockerOptions = {
    protocol: tls ? 'https' : 'http',
    host: url.hostname,
    port: url.port ? Number(url.port) : tls ? 2376 : 2375,
  };
  if (tls) {
    const read = (name: string) => readFileSync(path.join(tls.certPath, name));
    options.ca = tls.verify ? read('ca.pem') : undefined;
    options.cert = read('cert.pem');
    options.key = read('key.pem');
  }
  return options;
}
