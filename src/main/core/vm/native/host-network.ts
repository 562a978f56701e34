// The host's IPv4 networks (interface addresses and routes, via `ip -j`) and the private
// engine's own Linux bridge. Another engine's docker0 or br-* networks, VPN routes and the
// integration harness's bridges all show up here, so the subnet picked never collides.
import { createHash } from 'node:crypto';
import { parseCidr, parseCidrText, type Cidr, type SubnetChoice } from './subnet';
import { run, runOk } from './run';

interface IpAddr {
  addr_info?: Array<{ local: string; prefixlen: number }>;
}
interface IpRoute {
  dst: string;
}
interface IpLink {
  ifname: string;
}

async function ipJson<T>(args: string[]): Promise<T[]> {
  return JSON.parse((await runOk('ip', ['-j', ...args], 10_000)) || '[]') as T[];
}

/** IPv4 networks already in use on the host (interface addresses and routes). */
export async function usedNetworks(): Promise<Cidr[]> {
  const nets: Array<Cidr | undefined> = [];
  for (const a of await ipJson<IpAddr>(['-4', 'addr', 'show'])) {
    for (const i of a.addr_info ?? []) nets.push(parseCidr(i.local, i.prefixlen));
  }
  for (const r of await ipJson<IpRoute>(['-4', 'route', 'show'])) {
    if (r.dst !== 'default') nets.push(parseCidrText(r.dst));
  }
  return nets.filter((n): n is Cidr => n !== undefined);
}

/** A bridge name of at most 15 bytes (the kernel's limit), the same for the same engine folder. */
export function bridgeNameFor(engineDir: string): string {
  return `brth${createHash('sha256').update(engineDir).digest('hex').slice(0, 8)}`;
}

export async function bridgeExists(name: string): Promise<boolean> {
  return (await run('ip', ['link', 'show', 'dev', name], 10_000)).code === 0;
}

export async function listBridges(): Promise<string[]> {
  return (await ipJson<IpLink>(['link', 'show', 'type', 'bridge'])).map((l) => l.ifname);
}

export async function createBridge(name: string, subnet: SubnetChoice, owner: string): Promise<void> {
  await runOk('ip', ['link', 'add', name, 'type', 'bridge'], 10_000);
  try {
    await runOk('ip', ['link', 'set', name, 'alias', `berth-engine ${owner}`.slice(0, 250)]);
    await runOk('ip', ['addr', 'add', subnet.gatewayCidr, 'dev', name]);
    await runOk('ip', ['link', 'set', name, 'up']);
  } catch (error) {
    await removeBridge(name);
    throw error;
  }
}

export async function removeBridge(name: string): Promise<void> {
  if (await bridgeExists(name)) await run('ip', ['link', 'del', name], 10_000);
}
