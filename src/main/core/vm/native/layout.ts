// Where Berth's private engine keeps its files, and the dockerd command line that uses them.
// Pure: the bench starts a hand-made dockerd with exactly these flags, the provider with these.
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';

export interface EngineLayout {
  /** The engine's folder (mode 0700): everything below belongs to Berth. */
  dir: string;
  socket: string;
  dataRoot: string;
  execRoot: string;
  pidfile: string;
  /** Which Berth process runs this dockerd, and its bridge (for adoption after a crash). */
  ownerFile: string;
  log: string;
  config: string;
  /** XDG_RUNTIME_DIR for rootless mode. */
  runtimeDir: string;
}

/** Berth's data folder: BERTH_DATA_DIR, else $XDG_DATA_HOME/berth, else ~/.local/share/berth. */
export function berthDataDir(env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (env.BERTH_DATA_DIR) return path.resolve(env.BERTH_DATA_DIR);
  return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'berth');
}

// containerd's sockets live below exec-root (…/containerd/containerd.sock.ttrpc); a unix socket
// path is limited to 108 bytes, so a deep data folder gets a short exec-root in the temp folder.
const LONGEST_EXEC_SUFFIX = '/containerd/containerd-debug.sock.ttrpc'.length;

export function engineLayout(dataDir: string, tmp = os.tmpdir()): EngineLayout {
  const dir = path.join(dataDir, 'engine');
  let execRoot = path.join(dir, 'x');
  if (execRoot.length + LONGEST_EXEC_SUFFIX > 100) {
    const base = tmp.length <= 40 ? tmp : '/tmp';
    execRoot = path.join(base, `berth-x-${createHash('sha256').update(dir).digest('hex').slice(0, 10)}`);
  }
  return {
    dir,
    socket: path.join(dir, 'docker.sock'),
    dataRoot: path.join(dir, 'data'),
    execRoot,
    pidfile: path.join(dir, 'dockerd.pid'),
    ownerFile: path.join(dir, 'owner.json'),
    log: path.join(dir, 'dockerd.log'),
    config: path.join(dir, 'daemon.json'),
    runtimeDir: path.join(dir, 'run'),
  };
}

export interface NetworkPlan {
  /** Let dockerd manage iptables (NAT, port publishing through the kernel). */
  iptables: boolean;
  /** Why iptables is off, in words (null when on). */
  reason: string | null;
}

/**
 * dockerd with iptables rewrites the chains every dockerd on the machine shares (DOCKER,
 * DOCKER-USER, the FORWARD policy), so it is turned off only when another dockerd runs or iptables
 * is missing. Without it containers still publish ports (docker-proxy) but get no outbound NAT.
 */
export function networkPlan(input: { otherDockerd: boolean; iptablesInstalled: boolean }): NetworkPlan {
  if (input.otherDockerd) {
    return {
      iptables: false,
      reason:
        'Another dockerd runs on this machine and owns the shared iptables chains, so this engine runs with --iptables=false: ports are published by docker-proxy and containers have no outbound NAT.',
    };
  }
  if (!input.iptablesInstalled) {
    return {
      iptables: false,
      reason: 'iptables is not installed, so this engine runs with --iptables=false (no outbound NAT).',
    };
  }
  return { iptables: true, reason: null };
}

export interface RootlessPlan {
  usable: boolean;
  /** What is missing, in words, when not usable. */
  reason: string | null;
}

/** Rootless dockerd needs its wrapper, rootlesskit, the uid-map helpers and a subordinate id range. */
export function rootlessPlan(input: {
  user: string;
  uid: number;
  has: (binary: string) => boolean;
  subuid: string | null;
}): RootlessPlan {
  const missing = ['dockerd-rootless.sh', 'rootlesskit', 'newuidmap', 'newgidmap'].filter(
    (b) => !input.has(b),
  );
  const lines = (input.subuid ?? '').split('\n').map((l) => l.split(':')[0]);
  const hasRange = lines.includes(input.user) || lines.includes(String(input.uid));
  if (!hasRange) missing.push(`an entry for ${input.user} in /etc/subuid`);
  if (missing.length === 0) return { usable: true, reason: null };
  return {
    usable: false,
    reason: `Berth does not run as root, and rootless Docker needs ${missing.join(', ')} (Debian: apt install docker.io rootlesskit uidmap).`,
  };
}

export interface DockerdCommand {
  command: string;
  args: string[];
}

export function dockerdCommand(
  layout: EngineLayout,
  options: { bridge: string | null; network: NetworkPlan; rootless: boolean },
): DockerdCommand {
  // prettier-ignore
  const args = [
    '--host', `unix://${layout.socket}`, '--data-root', layout.dataRoot, '--exec-root', layout.execRoot,
    '--pidfile', layout.pidfile, '--config-file', layout.config,
    '--userland-proxy=true', '--shutdown-timeout=10', '--log-level=info',
  ];
  // Rootless dockerd lives in its own network namespace: its docker0 collides with nothing.
  if (options.bridge && !options.rootless) args.push('--bridge', options.bridge);
  if (!options.network.iptables) args.push('--iptables=false', '--ip-forward=false', '--ip-masq=false');
  return { command: options.rootless ? 'dockerd-rootless.sh' : 'dockerd', args };
}
