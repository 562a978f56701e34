// Berth's own dockerd on Linux: started, adopted after a crash, stopped and cleaned up. Its files
// live in the engine folder (mode 0700, socket 0600); it gets its own bridge and subnet; an
// owner record names the Berth process that runs it, so the next run can adopt or clean up.
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { rm } from 'node:fs/promises';
import type { StartStep } from '@shared/api/providers';
import { bridgeNameFor, createBridge, removeBridge, usedNetworks } from './host-network';
import { dockerdCommand, networkPlan, rootlessPlan, type EngineLayout, type NetworkPlan } from './layout';
import { tailLines, type LineRing } from './log-file';
import {
  enginePidsUnder,
  isAlive,
  commandLine,
  onPath,
  otherDockerdRunning,
  stopPid,
  unmountUnder,
} from './processes';
import { pingSocket } from './ping';
import { pickSubnet } from './subnet';

export interface OwnerRecord {
  berthPid: number;
  dockerdPid: number;
  bridge: string | null;
  subnet: string | null;
  rootless: boolean;
  startedAt: number;
}

/** Outside this range of /24s the private engine never picks a subnet (the harness uses 172.30). */
export const SUBNET_PREFIX = '172.28';
const START_TIMEOUT_MS = 90_000;

type Progress = (step: StartStep, detail: string) => void;

export class PrivateDockerd {
  private child: ChildProcess | null = null;
  private pid: number | null = null;
  private owned = false;
  private stopping = false;
  /** While starting, an early exit is reported by start() itself, not as a crash. */
  private starting = false;
  private watch: NodeJS.Timeout | null = null;
  /** Why iptables is off (shown while running), if it is. */
  networkNote: string | null = null;

  constructor(
    readonly layout: EngineLayout,
    private readonly log: LineRing,
    private readonly onExit: (reason: string) => void,
    private readonly uid = process.getuid?.() ?? 0,
  ) {}

  /** Whether this Berth stops it (false when another live Berth started it). */
  isOwned(): boolean {
    return this.owned;
  }

  running(): boolean {
    return this.pid !== null && isAlive(this.pid);
  }

  readOwner(): OwnerRecord | null {
    try {
      return JSON.parse(readFileSync(this.layout.ownerFile, 'utf8')) as OwnerRecord;
    } catch {
      return null;
    }
  }

  /** Why it cannot run here (null: it can). */
  unusableReason(): string | null {
    if (process.platform !== 'linux') return 'A private dockerd runs on Linux only.';
    if (!onPath('dockerd')) return 'dockerd is not installed (Debian: apt install docker.io).';
    if (this.uid !== 0) {
      let subuid: string | null;
      try {
        subuid = readFileSync('/etc/subuid', 'utf8');
      } catch {
        subuid = null;
      }
      const plan = rootlessPlan({
        user: process.env.USER ?? String(this.uid),
        uid: this.uid,
        has: (b) => onPath(b),
        subuid,
      });
      if (!plan.usable) return plan.reason;
    }
    return null;
  }

  /** The dockerd pid of our folder that is alive, from its pidfile or our owner record. */
  private livePid(owner: OwnerRecord | null): number | null {
    const candidates: number[] = [];
    try {
      candidates.push(Number(readFileSync(this.layout.pidfile, 'utf8').trim()));
    } catch {
      // no pidfile
    }
    if (owner) candidates.push(owner.dockerdPid);
    for (const pid of candidates) {
      // The pid must still be a process of this folder (pids are reused).
      if (isAlive(pid) && commandLine(pid).join(' ').includes(this.layout.dir)) return pid;
    }
    return null;
  }

  /**
   * What a previous run left: a dockerd that answers is adopted; anything else (a hung dockerd,
   * shims, mounts, the socket, the pidfile, the bridge) is removed.
   */
  async recover(): Promise<'adopted' | 'shared' | 'cleaned' | 'none'> {
    const owner = this.readOwner();
    const pid = this.livePid(owner);
    if (pid !== null && (await pingSocket(this.layout.socket, 3_000))) {
      this.pid = pid;
      const otherBerth = owner && owner.berthPid !== process.pid && isAlive(owner.berthPid);
      this.owned = !otherBerth;
      if (this.owned && owner) this.writeOwner({ ...owner, berthPid: process.pid, dockerdPid: pid });
      this.log.push(
        otherBerth
          ? `Using the private dockerd (pid ${pid}) that another Berth (pid ${owner.berthPid}) runs.`
          : `Adopted the private dockerd (pid ${pid}) left running by an earlier Berth.`,
      );
      this.watchPid(pid);
      return otherBerth ? 'shared' : 'adopted';
    }
    if (pid !== null) {
      this.log.push(`The private dockerd (pid ${pid}) does not answer; stopping it.`);
      await stopPid(pid, 10_000);
    }
    const leftovers =
      pid !== null || owner !== null || existsSync(this.layout.socket) || existsSync(this.layout.pidfile);
    await this.cleanup(owner);
    if (leftovers) this.log.push('Cleaned up what an earlier run of the private dockerd left behind.');
    return leftovers ? 'cleaned' : 'none';
  }

  /** Kills leftover engine processes, unmounts, removes socket, pidfile, owner record and bridge. */
  private async cleanup(owner: OwnerRecord | null): Promise<void> {
    const dirs = [this.layout.dir, this.layout.execRoot];
    await Promise.all(enginePidsUnder(dirs).map((pid) => stopPid(pid, 3_000)));
    for (const dir of dirs) await unmountUnder(dir);
    for (const file of [this.layout.socket, this.layout.pidfile, this.layout.ownerFile])
      rmSync(file, { force: true });
    // Runtime state only (dockerd recreates it). A stale containerd.pid naming a dying or zombie
    // containerd would make the next dockerd wait on it until it gives up.
    await rm(this.layout.execRoot, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    if (this.uid === 0)
      await removeBridge(owner?.bridge ?? bridgeNameFor(this.layout.dir)).catch(() => undefined);
  }

  async start(progress: Progress, signal?: AbortSignal): Promise<void> {
    progress('preparing', 'Preparing the engine folder');
    mkdirSync(this.layout.dir, { recursive: true, mode: 0o700 });
    chmodSync(this.layout.dir, 0o700);
    const previous = this.readOwner();
    const recovered = await this.recover();
    if (recovered === 'adopted' || recovered === 'shared') return;
    const why = this.unusableReason();
    if (why) throw new Error(why);

    writeFileSync(this.layout.config, '{}\n'); // ignore /etc/docker/daemon.json
    const rootless = this.uid !== 0;
    const network = networkPlan({
      otherDockerd: otherDockerdRunning([this.layout.dir, this.layout.execRoot]),
      iptablesInstalled:
        onPath('iptables') || existsSync('/usr/sbin/iptables') || existsSync('/sbin/iptables'),
    });
    this.networkNote = network.reason;
    if (network.reason) this.log.push(network.reason);
    let bridge: string | null = null;
    let subnet: string | null = null;
    if (!rootless) {
      bridge = bridgeNameFor(this.layout.dir);
      const choice = pickSubnet(SUBNET_PREFIX, await usedNetworks(), previous?.subnet);
      if (!choice) throw new Error(`No free /24 subnet in ${SUBNET_PREFIX}.0.0/16 for the engine's bridge.`);
      subnet = choice.subnet;
      await createBridge(bridge, choice, this.layout.dir);
      this.log.push(`Created bridge ${bridge} with ${choice.gatewayCidr}.`);
    }
    this.rotateLog();

    const owner = { bridge, subnet, rootless };
    this.starting = true;
    try {
      await this.launch(network, owner, progress, signal);
    } catch (error) {
      // Some machines have iptables but it does not work (no kernel support in a container, a
      // broken nft backend): dockerd then exits at once. Berth retries without it, and says so.
      if (!network.iptables || !/iptables/i.test(String(error))) throw error;
      this.networkNote =
        'iptables did not work here, so this engine runs with --iptables=false: ports are published by docker-proxy and containers have no outbound NAT.';
      this.log.push(`${String(error)}`);
      this.log.push(this.networkNote);
      rmSync(this.layout.socket, { force: true });
      rmSync(this.layout.pidfile, { force: true });
      await this.launch({ iptables: false, reason: this.networkNote }, owner, progress, signal);
    } finally {
      this.starting = false;
    }
  }

  private async launch(
    network: NetworkPlan,
    owner: Pick<OwnerRecord, 'bridge' | 'subnet' | 'rootless'>,
    progress: Progress,
    signal?: AbortSignal,
  ): Promise<void> {
    const { bridge, rootless } = owner;
    const { command, args } = dockerdCommand(this.layout, { bridge, network, rootless });
    progress('booting', `Starting ${command}`);
    this.log.push(`Starting ${command} ${args.join(' ')}`);
    mkdirSync(this.layout.runtimeDir, { recursive: true, mode: 0o700 });
    const logFd = openSync(this.layout.log, 'a');
    let child: ChildProcess;
    try {
      // Its own process group: a Ctrl-C in Berth's terminal does not reach it; Berth stops it.
      child = spawn(command, args, {
        stdio: ['ignore', logFd, logFd],
        detached: true,
        env: rootless ? { ...process.env, XDG_RUNTIME_DIR: this.layout.runtimeDir } : process.env,
      });
    } finally {
      closeSync(logFd);
    }
    child.unref();
    let spawnError: string | null = null;
    child.on('error', (error) => (spawnError = error.message));
    this.child = child;
    this.pid = child.pid ?? null;
    this.owned = true;
    this.stopping = false;
    if (this.pid !== null) {
      this.writeOwner({
        ...owner,
        berthPid: process.pid,
        dockerdPid: this.pid,
        startedAt: Date.now(),
      });
    }
    child.once('exit', (code, sig) => this.exited(`dockerd exited (${code ?? sig})`));

    progress('waiting-for-engine', 'Waiting for the engine to answer');
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (let i = 0; i < START_TIMEOUT_MS / 100 && Date.now() < deadline; i++) {
      if (signal?.aborted) throw new Error('Start cancelled.');
      if (spawnError) throw new Error(`Could not start ${command}: ${spawnError}`);
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(this.exitReason(`dockerd exited (${child.exitCode ?? child.signalCode})`));
      if (await pingSocket(this.layout.socket, 1_000)) {
        chmodSync(this.layout.socket, 0o600);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`dockerd did not answer within ${START_TIMEOUT_MS / 1000} s.`);
  }

  private exitReason(what: string): string {
    const last = tailLines(this.layout.log, 5).join(' | ');
    return last ? `${what}: ${last}` : what;
  }

  private exited(what: string): void {
    if (this.watch) clearInterval(this.watch);
    this.watch = null;
    const wasStopping = this.stopping;
    this.child = null;
    this.pid = null;
    if (!wasStopping && !this.starting) this.onExit(this.exitReason(what));
  }

  /** A dockerd we adopted is not our child: notice its exit by polling. */
  private watchPid(pid: number): void {
    this.watch = setInterval(() => {
      if (!isAlive(pid)) this.exited('dockerd exited');
    }, 2_000);
    this.watch.unref();
  }

  /** Graceful, then forced after the deadline; then nothing of it is left running. */
  async stop(deadlineMs = 20_000): Promise<void> {
    this.stopping = true;
    const pid = this.pid;
    const child = this.child;
    if (pid !== null) {
      this.log.push(`Stopping dockerd (pid ${pid}).`);
      const how = await stopPid(pid, deadlineMs, child ?? undefined);
      if (how === 'forced') this.log.push(`dockerd did not stop within ${deadlineMs / 1000} s; killed it.`);
    }
    if (this.watch) clearInterval(this.watch);
    this.watch = null;
    this.child = null;
    this.pid = null;
    await this.cleanup(this.readOwner());
  }

  /** Stops it and deletes the engine folder: images, containers, volumes, build cache. */
  async reset(): Promise<void> {
    await this.stop();
    await rm(this.layout.dir, { recursive: true, force: true, maxRetries: 3 });
    await rm(this.layout.execRoot, { recursive: true, force: true, maxRetries: 3 });
  }

  private writeOwner(record: OwnerRecord): void {
    const temp = `${this.layout.ownerFile}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(record) + '\n', { mode: 0o600 });
    renameSync(temp, this.layout.ownerFile);
  }

  private rotateLog(): void {
    try {
      if (statSync(this.layout.log).size > 5 * 1024 * 1024)
        renameSync(this.layout.log, `${this.layout.log}.1`);
    } catch {
      // no log yet
    }
  }
}
