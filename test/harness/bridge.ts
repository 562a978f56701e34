// A private Linux bridge per harness dockerd, so it never touches docker0 or a
// dockerd that is already running on the machine. Each bridge carries an
// ifalias naming the owning Node pid (subnet arithmetic is core's, shared with Berth's own engine), so bridges leaked by a killed test run
// can be recognised and removed by the next run.
import { overlaps, parseCidr } from '@core/vm/native/subnet';
import { usedNetworks } from '@core/vm/native/host-network';
import { isAlive, run, runOk } from './proc';

const PREFIX = 'berth';
const ALIAS = 'berth-harness owner=';
const MAX_BRIDGES = 64;

interface IpLink {
  ifname: string;
  ifalias?: string;
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
