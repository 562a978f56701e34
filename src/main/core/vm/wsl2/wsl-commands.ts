// wsl.exe command lines for the Berth distro. Pure, so the unit tests pin them.

export const BERTH_DISTRO = 'berth';

function checkName(name: string): string {
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(name)) throw new Error(`bad WSL distro name: ${name}`);
  return name;
}

export const wslArgs = {
  listVerbose: (): string[] => ['--list', '--verbose'],
  listRunning: (): string[] => ['--list', '--running', '--quiet'],
  status: (): string[] => ['--status'],
  import: (name: string, installDir: string, rootfsTar: string): string[] => [
    '--import', checkName(name), installDir, rootfsTar, '--version', '2',
  ], // prettier-ignore
  terminate: (name: string): string[] => ['--terminate', checkName(name)],
  unregister: (name: string): string[] => ['--unregister', checkName(name)],
  /** Runs a command as root in the distro, without a shell on the Windows side. */
  exec: (name: string, command: string[]): string[] => ['--distribution', checkName(name), '--user', 'root', '--exec', ...command], // prettier-ignore
};

/** Where the distro keeps the server's TLS files (written through stdin at each start). */
export const GUEST_TLS_DIR = '/etc/berth/tls';

/**
 * dockerd inside the distro: TLS with client certificates on the distro's loopback, which WSL2
 * forwards to Windows' 127.0.0.1 (localhostForwarding); never an open TCP port.
 */
export function dockerdCommand(port: number): string[] {
  if (!Number.isInteger(port) || port < 1024 || port > 65535) throw new Error(`bad engine port: ${port}`);
  return [
    '/usr/sbin/dockerd',
    '--tlsverify',
    `--tlscacert=${GUEST_TLS_DIR}/ca.pem`,
    `--tlscert=${GUEST_TLS_DIR}/server-cert.pem`,
    `--tlskey=${GUEST_TLS_DIR}/server-key.pem`,
    '-H', `tcp://127.0.0.1:${port}`,
    '-H', 'unix:///run/docker.sock',
  ]; // prettier-ignore
}
