// A private Linux bridge per harness dockerd, so it never touches docker0 or a
// dockerd that is already running on the machine. Each bridge carries an
// ifalias naming the owning Node pid, so bridges leaked by a killed test run
// can be recognised and removed by the next run.
import { isAlive, run, runOk } from './proc';

const PREFIX = 'berth';
const ALIAS = 'berth-harness owner=';
const MAX_BRIDGES = 64;

interface IpLink {
  ifname: string;
  ifalias?: string;
}
interface IpAddr {
  addr_info?: Array<{ local: string; prefixlen: number }>;
}
interface IpRoute {
  dst: string;
}
type Cidr = { base: number; bits: number };

function parseCidr(ip: string, bits: number): Cidr | undefined {
  const p = ip.split('.').map(Number);
  if (p.length !== 4 || p.some((x) => !Number.isInteger(x))) return undefined;
  return { base: (((p[0] ?? 0) << 24) | ((p[1] ?? 0) << 16) | ((p[2] ?? 0) << 8) | (p[3] ?? 0)) >>> 0, bits };
}

function overlaps(a: Cidr, b: Cidr): boolean {
  const bits = Math.min(a.bits, b.bits);
  const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
  return (a.base & mask) >>> 0 === (b.base & mask) >>> 0;
}

/** IPv4 networks already in use on the host (interface addresses and routes). */
async function usedNetworks(): Promise<Cidr[]> {
  const nets: Array<Cidr | undefined> = [];
  for (const a of await ipJson<IpAddr>(['-4', 'addr', 'show'])) {
    for (const i of a.addr_info ?? []) nets.push(parseCidr(i.local, i.prefixlen));
  }
  for (const r of await ipJson<IpRoute>(['-4', 'route', 'show'])) {
    if (r.dst === 'default') continue;
    const [ip = '', bits = '32'] = r.dst.split('/');
    nets.push(parseCidr(ip, Number(bits)));
  }
  return nets.filter((n): n is Cidr => n !== undefined);
}

async function ipJson<T>(args: string[]): Promise<T[]> {
  return JSON.parse((await runOk('ip', ['-j', ...args], { timeoutMs: 10_000 })) || '[]') as T[];
}

export interface Bridge {
  name: string;
  /** Gateway address, e.g. 172.30.3.1 */
  gateway: string;
  remove(): Promise<void>;
}

/** Deletes berthN bridges created by harness processes that no longer exist. */
export async function sweepStaleBridges(): Promise<void> {
  for (const link of await ipJson<IpLink>(['link', 'show', 'type', 'bridge'])) {
    const owner = link.ifalias?.startsWith(ALIAS) ? Number(link.ifalias.slice(ALIAS.length)) : NaN;
    if (Number.isInteger(owner) && owner !== process.pid && !isAlive(owner)) {
      await run('ip', ['link', 'del', link.ifname], { timeoutMs: 10_000 });
    }
  }
}

/** Creates berthN with 172.30.N.1/24, picking the first N whose name and subnet are free. */
export async function createBridge(): Promise<Bridge> {
  await sweepStaleBridges();
  const used = await usedNetworks();
  for (let n = 0; n < MAX_BRIDGES; n++) {
    const net = `172.30.${n}`;
    const mine = parseCidr(`${net}.0`, 24);
    if (!mine || used.some((u) => overlaps(u, mine))) continue;
    const name = `${PREFIX}${n}`;
    // `ip link add` is atomic: if another harness raced us to this name, try the next one.
    const add = await run('ip', ['link', 'add', name, 'type', 'bridge'], { timeoutMs: 10_000 });
    if (add.code !== 0) continue;
    try {
      await runOk('ip', ['link', 'set', name, 'alias', `${ALIAS}${process.pid}`]);
      await runOk('ip', ['addr', 'add', `${net}.1/24`, 'dev', name]);
      await runOk('ip', ['link', 'set', name, 'up']);
    } catch (e) {
      await run('ip', ['link', 'del', name]);
      throw e;
    }
    return {
      name,
      gateway: `${net}.1`,
      remove: async () => {
        await run('ip', ['link', 'del', name], { timeoutMs: 10_000 });
      },
    };
  }
  throw new Error(`no free ${PREFIX}N bridge name / 172.30.N.0/24 subnet (tried ${MAX_BRIDGES})`);
}
