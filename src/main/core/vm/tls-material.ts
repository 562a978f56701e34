// TLS for a VM's engine: Berth makes a CA, a server certificate for 127.0.0.1/localhost (given to
// the guest's dockerd) and a client certificate (Berth's), with the openssl CLI, in the VM's folder.
// Keys are mode 0600 in folders of mode 0700: the engine is reachable only by this user.
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TlsPaths {
  dir: string;
  caKey: string;
  /** DOCKER_CERT_PATH for clients: ca.pem, cert.pem, key.pem. */
  clientDir: string;
  caCert: string;
  clientCert: string;
  clientKey: string;
  /** What the guest's dockerd gets. */
  serverCert: string;
  serverKey: string;
}

export function tlsPaths(vmDir: string): TlsPaths {
  const dir = join(vmDir, 'tls');
  const clientDir = join(dir, 'client');
  return {
    dir,
    caKey: join(dir, 'ca-key.pem'),
    clientDir,
    caCert: join(clientDir, 'ca.pem'),
    clientCert: join(clientDir, 'cert.pem'),
    clientKey: join(clientDir, 'key.pem'),
    serverCert: join(dir, 'server-cert.pem'),
    serverKey: join(dir, 'server-key.pem'),
  };
}

/** Every key and certificate of the VM's TLS, in one list (kept private: mode 0600). */
function materialFiles(paths: TlsPaths): string[] {
  return [paths.caKey, paths.caCert, paths.clientCert, paths.clientKey, paths.serverCert, paths.serverKey];
}

export function tlsMaterialExists(paths: TlsPaths): boolean {
  return materialFiles(paths).every((p) => existsSync(p));
}

/** Creates the CA and both certificates unless they exist. `openssl` is the CLI to run. */
export async function ensureTlsMaterial(vmDir: string, openssl = 'openssl'): Promise<TlsPaths> {
  const paths = tlsPaths(vmDir);
  if (tlsMaterialExists(paths)) return paths;
  rmSync(paths.dir, { recursive: true, force: true });
  mkdirSync(paths.clientDir, { recursive: true, mode: 0o700 });
  chmodSync(paths.dir, 0o700);
  const days = '3650';
  const tmp = (name: string): string => join(paths.dir, name);
  const ossl = (args: string[]): Promise<unknown> => run(openssl, args, { cwd: paths.dir, timeout: 60_000 });

  await ossl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', paths.caKey]);
  await ossl(['req', '-x509', '-new', '-key', paths.caKey, '-sha256', '-days', days, '-subj', '/CN=Berth VM CA', '-out', paths.caCert]); // prettier-ignore

  writeFileSync(
    tmp('server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
  );
  await ossl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', paths.serverKey]);
  await ossl(['req', '-new', '-key', paths.serverKey, '-subj', '/CN=localhost', '-out', tmp('server.csr')]);
  await ossl(['x509', '-req', '-in', tmp('server.csr'), '-CA', paths.caCert, '-CAkey', paths.caKey, '-CAcreateserial', '-sha256', '-days', days, '-extfile', tmp('server.ext'), '-out', paths.serverCert]); // prettier-ignore

  writeFileSync(tmp('client.ext'), 'extendedKeyUsage=clientAuth\n');
  await ossl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', paths.clientKey]);
  await ossl([
    'req',
    '-new',
    '-key',
    paths.clientKey,
    '-subj',
    '/CN=berth-client',
    '-out',
    tmp('client.csr'),
  ]);
  await ossl(['x509', '-req', '-in', tmp('client.csr'), '-CA', paths.caCert, '-CAkey', paths.caKey, '-CAcreateserial', '-sha256', '-days', days, '-extfile', tmp('client.ext'), '-out', paths.clientCert]); // prettier-ignore

  for (const name of ['server.ext', 'server.csr', 'client.ext', 'client.csr', 'ca.srl'])
    rmSync(tmp(name), { force: true });
  for (const file of materialFiles(paths)) chmodSync(file, 0o600);
  return paths;
}

/** The files the guest needs, by the names its init expects. */
export function guestTlsFiles(paths: TlsPaths): Record<string, Buffer> {
  return {
    'ca.pem': readFileSync(paths.caCert),
    'server-cert.pem': readFileSync(paths.serverCert),
    'server-key.pem': readFileSync(paths.serverKey),
  };
}
