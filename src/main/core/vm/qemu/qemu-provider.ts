// The qemu provider: Berth's own Linux VM booted by QEMU (KVM, HVF or WHPX where they work, TCG
// otherwise), its engine reached over TLS on the host's loopback. A stop saves the running VM into
// its disks (savevm) and the next start resumes it in seconds; a cold boot is the fallback.
import { mkdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import Dockerode from 'dockerode';
import type {
  ProviderDetection,
  ProviderLogKind,
  ProviderResources,
  ProviderStatus,
} from '@shared/api/providers';
import { defaultVmResources, type VmAccelerator } from '@shared/api/vm-settings';
import { dockerOptions } from '@core/engine/endpoint';
import { diskUsageBytes, formatBytes } from '../disk-usage';
import type { GuestControl } from '../guest-control';
import { findOnPath } from '../host-tools';
import { followFile, tailLines } from '../log-file';
import type { EngineProvider, ProviderEndpoint, StartOptions, StopOptions } from '../provider';
import { StatusHolder } from '../provider-status';
import { defaultRuntimeDir, ensurePrivateDir } from '../runtime-dir';
import { ensureTlsMaterial, tlsPaths, type TlsPaths } from '../tls-material';
import {
  chooseAccelerator,
  probeAcceleratorFacts,
  type Accelerator,
  type AcceleratorChoice,
} from './accelerator';
import { buildQemuArgs, type Share } from './command-line';
import { ensureBuiltImage, ensureDownloadedImage, type VmImageFiles } from './image';
import { PortForwarder } from './port-forwarder';
import { qemuPaths, type QemuPaths } from './qemu-paths';
import { planBoot } from './plan-boot';
import { QemuProcess } from './qemu-process';
import { powerOffVm, suspendVm } from './qemu-shutdown';
import { planShares } from './shares';
import { readVmState, writeVmState } from './vm-state';

export type ImageSource =
  | { kind: 'built'; scriptsDir: string }
  | { kind: 'download'; url: string; sha256: string }
  | { kind: 'files'; files: VmImageFiles };

export interface QemuProviderOptions {
  /** The VM's folder: disks, TLS material, logs, state. */
  vmDir: string;
  /** Where images are built or downloaded to (shared by VMs). */
  imageCacheDir: string;
  image: ImageSource;
  qemuBinary?: string;
  qemuImg?: string;
  openssl?: string;
  resources?: ProviderResources;
  /** Host folders shared at the same path, besides the home folder. */
  sharedFolders?: readonly string[];
  /** Share the user's home (default true). */
  shareHome?: boolean;
  accelerator?: VmAccelerator;
  /** A hardware-accelerated boot that has not reached the engine by then falls back to TCG. */
  acceleratedBootDeadlineMs?: number;
  /** How long a TCG boot may take to reach the engine. */
  engineDeadlineMs?: number;
  /** Suspend at stop and resume at start (default true). */
  fastStart?: boolean;
  runtimeDir?: string;
  /** Firmware for the direct kernel boot; default qboot where QEMU ships it. */
  bios?: string | null;
}

export interface QemuStopOptions extends StopOptions {
  /** Save the running VM to resume it later (default: the fastStart option). */
  suspend?: boolean;
}

const SNAPSHOT = 'berth';
const accelLabel: Record<Accelerator, string> = {
  kvm: 'KVM',
  hvf: 'Hypervisor.framework',
  whpx: 'Windows Hypervisor Platform',
  tcg: 'software emulation',
};

class BootDeadline extends Error {}

interface Running {
  proc: QemuProcess;
  endpoint: ProviderEndpoint;
  key: string;
  docker: Dockerode;
  control: GuestControl | null;
  forwarder: PortForwarder | null;
  shares: Share[];
}

export class QemuProvider implements EngineProvider {
  readonly id = 'qemu' as const;
  private readonly paths: QemuPaths;
  private readonly status$: StatusHolder;
  private running: Running | null = null;
  private booting: QemuProcess | null = null;
  private starting: Promise<ProviderEndpoint> | null = null;
  private warnings: string[] = [];

  constructor(private readonly options: QemuProviderOptions) {
    this.paths = qemuPaths(options.vmDir, options.runtimeDir ?? defaultRuntimeDir(options.vmDir));
    this.status$ = new StatusHolder('qemu', this.resources());
  }

  private get qemu(): string {
    return this.options.qemuBinary ?? 'qemu-system-x86_64';
  }

  private get qemuImg(): string {
    return this.options.qemuImg ?? 'qemu-img';
  }

  async detect(): Promise<ProviderDetection> {
    if (!findOnPath(this.qemu)) {
      return { usable: false, reason: `${this.qemu} is not installed (Debian/Ubuntu: apt install qemu-system-x86 qemu-utils; macOS: brew install qemu).` }; // prettier-ignore
    }
    if (!findOnPath(this.qemuImg))
      return { usable: false, reason: `${this.qemuImg} is not installed (it comes with qemu-utils).` };
    if (this.options.image.kind === 'built' && !this.builtImageBuildable()) {
      return {
        usable: false,
        reason: 'The VM image is not built, and building it needs root and debootstrap.',
      };
    }
    const choice = chooseAccelerator(await probeAcceleratorFacts(this.qemu, readVmState(this.paths.state).hangs), this.options.accelerator); // prettier-ignore
    return choice.warning
      ? { usable: true, reason: `Usable, slowly: ${choice.warning}` }
      : { usable: true, reason: `Usable with ${accelLabel[choice.accel]}.` };
  }

  private builtImageBuildable(): boolean {
    return (
      process.getuid?.() === 0 &&
      findOnPath('debootstrap', `${process.env.PATH ?? ''}:/usr/sbin:/sbin`) !== null
    );
  }

  status(): ProviderStatus {
    return this.status$.get();
  }

  onStatus(listener: (status: ProviderStatus) => void): () => void {
    return this.status$.on(listener);
  }

  endpoint(): ProviderEndpoint | null {
    return this.running?.endpoint ?? null;
  }

  resources(): ProviderResources {
    return readVmState(this.paths.state).resources ?? this.options.resources ?? defaultVmResources;
  }

  async setResources(next: ProviderResources): Promise<void> {
    mkdirSync(this.options.vmDir, { recursive: true, mode: 0o700 });
    writeVmState(this.paths.state, { ...readVmState(this.paths.state), resources: next });
    this.status$.set({ resources: next });
  }

  /** The host folders the VM sees at their own paths (for checkBindMounts). */
  sharedFolders(): string[] {
    return this.plannedShares().map((s) => s.path);
  }

  private plannedShares(): Share[] {
    const folders = [...(this.options.sharedFolders ?? [])];
    if (this.options.shareHome !== false) folders.unshift(homedir());
    return planShares(folders);
  }

  start(options: StartOptions = {}): Promise<ProviderEndpoint> {
    if (this.running && !this.running.proc.hasExited) return Promise.resolve(this.running.endpoint);
    this.starting ??= this.doStart(options.signal).finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  private async doStart(signal?: AbortSignal): Promise<ProviderEndpoint> {
    this.warnings = [];
    this.status$.set({
      state: 'starting',
      step: 'preparing',
      detail: 'Preparing the VM',
      reason: null,
      endpoint: null,
    });
    try {
      mkdirSync(this.options.vmDir, { recursive: true, mode: 0o700 });
      ensurePrivateDir(this.paths.runtimeDir);
      const image = await this.resolveImage(signal);
      const tls = await ensureTlsMaterial(this.options.vmDir, this.options.openssl);
      const facts = await probeAcceleratorFacts(this.qemu, readVmState(this.paths.state).hangs);
      let choice = chooseAccelerator(facts, this.options.accelerator);
      let endpoint: ProviderEndpoint;
      try {
        endpoint = await this.boot(image, tls, choice, signal);
      } catch (error) {
        if (!(error instanceof BootDeadline) || choice.accel === 'tcg') throw error;
        const state = readVmState(this.paths.state);
        writeVmState(this.paths.state, { ...state, hangs: [...new Set([...state.hangs, choice.accel])] });
        const seconds = Math.round(this.acceleratedDeadline() / 1000);
        choice = {
          accel: 'tcg',
          warning: `${accelLabel[choice.accel]} did not bring the engine up within ${seconds} s (nested virtualisation hangs); the VM runs in software emulation (slow).`, // prettier-ignore
        };
        endpoint = await this.boot(image, tls, choice, signal);
      }
      if (choice.warning) this.warnings.unshift(choice.warning);
      this.status$.set({
        state: 'running',
        step: 'ready',
        detail: `Running (${accelLabel[choice.accel]})`,
        reason: this.warnings.join(' ') || null,
        endpoint: endpoint.host,
        resources: this.resources(),
      });
      return endpoint;
    } catch (error) {
      const reason = (error as Error).message;
      this.status$.set({ state: 'error', step: null, detail: null, reason, endpoint: null });
      throw error;
    }
  }

  private async resolveImage(signal?: AbortSignal): Promise<VmImageFiles> {
    const source = this.options.image;
    if (source.kind === 'files') return source.files;
    if (source.kind === 'built') {
      this.status$.set({ detail: 'Building the VM image (first start only)' });
      return ensureBuiltImage({
        scriptsDir: source.scriptsDir,
        cacheDir: this.options.imageCacheDir,
        signal,
      });
    }
    return ensureDownloadedImage({
      url: source.url,
      sha256: source.sha256,
      cacheDir: this.options.imageCacheDir,
      signal,
      onProgress: ({ received, total }) =>
        this.status$.set({
          detail: total
            ? `Downloading the VM image: ${Math.floor((received / total) * 100)}% of ${formatBytes(total)}`
            : `Downloading the VM image: ${formatBytes(received)}`,
        }),
    });
  }

  private acceleratedDeadline(): number {
    return this.options.acceleratedBootDeadlineMs ?? 30_000;
  }

  private async boot(
    image: VmImageFiles,
    tls: TlsPaths,
    choice: AcceleratorChoice,
    signal?: AbortSignal,
  ): Promise<ProviderEndpoint> {
    const p = this.paths;
    const shares = this.plannedShares();
    const { machine, key, resume } = await planBoot({
      qemuImg: this.qemuImg,
      paths: p,
      image,
      tls,
      accel: choice.accel,
      resources: this.resources(),
      shares,
      bios: this.options.bios,
      fastStart: this.options.fastStart !== false,
      snapshot: SNAPSHOT,
    });

    const verb = resume ? 'Resuming' : 'Booting';
    this.status$.set({ step: 'booting', detail: `${verb} the VM (${accelLabel[choice.accel]})` });
    const proc = QemuProcess.spawn(
      this.qemu,
      buildQemuArgs(machine),
      { qmp: p.qmpSocket, control: p.controlSocket },
      p.qemuLog,
    );
    this.booting = proc;
    const host = `tcp://127.0.0.1:${machine.enginePort}`;
    const endpoint: ProviderEndpoint = { host, tls: { certPath: tls.clientDir, verify: true } };
    const docker = new Dockerode({ ...dockerOptions(host, endpoint.tls), timeout: 5000 });
    const deadline =
      choice.accel === 'tcg' ? (this.options.engineDeadlineMs ?? 300_000) : this.acceleratedDeadline();
    const until = Date.now() + deadline;
    let control: GuestControl | null = null;
    try {
      const qmp = await proc.connectMonitor(30_000);
      this.status$.set({
        step: 'waiting-for-engine',
        detail: `Waiting for the engine (${accelLabel[choice.accel]})`,
      });
      if (resume) {
        control = await proc.connectControl(Math.max(1000, until - Date.now()));
        await control.setTime(); // the guest's clock stopped when it was saved
        for (const share of shares) await control.mount(share.tag, share.path);
      }
      await this.waitForEngine(docker, proc, until, signal);
      control ??= await proc.connectControl(30_000);
      // Its own client without the ping timeout: the event stream stays open for as long as the VM runs.
      const events = new Dockerode(dockerOptions(host, endpoint.tls));
      const forwarder = new PortForwarder(events, qmp, (message) => this.warn(message));
      await forwarder.start();
      this.running = { proc, endpoint, key, docker, control, forwarder, shares };
      void proc.whenExited().then(() => this.onUnexpectedExit(proc));
      return endpoint;
    } catch (error) {
      control?.close();
      await proc.kill();
      if (resume && !signal?.aborted && !(error instanceof BootDeadline)) {
        this.warn(`Resuming the saved VM failed (${(error as Error).message}); it booted afresh instead.`);
        return this.boot(image, tls, choice, signal); // the snapshot is forgotten: this is a cold boot
      }
      throw error;
    } finally {
      this.booting = null;
    }
  }

  private async waitForEngine(
    docker: Dockerode,
    proc: QemuProcess,
    until: number,
    signal?: AbortSignal,
  ): Promise<void> {
    for (;;) {
      if (signal?.aborted) throw new Error('The start was cancelled');
      if (proc.hasExited) {
        const console = tailLines(this.paths.consoleLog, 3).join(' / ');
        throw new Error(`The VM stopped while booting: ${proc.complaint || console || 'no reason given'}`);
      }
      try {
        await docker.ping();
        return;
      } catch {
        // not up yet
      }
      if (Date.now() >= until) throw new BootDeadline('The engine in the VM did not answer in time');
      await Promise.race([proc.whenExited(), new Promise((r) => setTimeout(r, 250))]);
    }
  }

  private warn(message: string): void {
    this.warnings.push(message);
    if (this.status$.get().state === 'running') this.status$.set({ reason: this.warnings.join(' ') });
  }

  private onUnexpectedExit(proc: QemuProcess): void {
    if (this.running?.proc !== proc) return;
    this.running.forwarder?.stop();
    this.running.control?.close();
    this.running = null;
    const state = this.status$.get().state;
    if (state === 'stopping') return;
    this.status$.set({ state: 'error', step: null, detail: null, endpoint: null, reason: `The VM stopped unexpectedly: ${proc.complaint || 'see the console log'}` }); // prettier-ignore
  }

  async stop(options: QemuStopOptions = {}): Promise<void> {
    if (this.starting) await this.starting.catch(() => undefined);
    const run = this.running;
    if (!run || run.proc.hasExited) {
      this.running = null;
      if (this.status$.get().state !== 'error') this.status$.set({ state: 'stopped', step: null, detail: null, endpoint: null }); // prettier-ignore
      return;
    }
    this.status$.set({ state: 'stopping', step: null, detail: 'Stopping the VM', endpoint: null });
    run.forwarder?.stop();
    const deadline = options.deadlineMs ?? 30_000;
    let note: string | null = null;
    let saved = false;
    if (options.suspend ?? this.options.fastStart !== false) {
      this.status$.set({ detail: 'Saving the VM for a fast start' });
      try {
        await suspendVm(run.proc, run.control, run.shares, SNAPSHOT);
        const state = readVmState(this.paths.state);
        writeVmState(this.paths.state, {
          ...state,
          snapshot: { name: SNAPSHOT, key: run.key, savedAt: Date.now() },
        });
        await run.proc.kill();
        saved = true;
      } catch (error) {
        note = `The VM was shut down instead of saved: ${(error as Error).message}`;
      }
    }
    if (!saved) await powerOffVm(run.proc, run.control, deadline);
    run.control?.close();
    this.running = null;
    this.status$.set({ state: 'stopped', step: null, detail: null, endpoint: null, reason: note });
  }

  async logs(kind: ProviderLogKind, tail: number): Promise<string[]> {
    return tailLines(kind === 'console' ? this.paths.consoleLog : this.paths.engineLog, tail);
  }

  followLogs(kind: ProviderLogKind, onLines: (lines: string[]) => void): () => void {
    return followFile(kind === 'console' ? this.paths.consoleLog : this.paths.engineLog, onLines);
  }

  async describeReset(): Promise<string[]> {
    const size = formatBytes(diskUsageBytes(this.options.vmDir));
    return [`${this.options.vmDir}: ${size} (the VM's disks with every image, container and volume, its certificates and logs)`]; // prettier-ignore
  }

  async factoryReset(): Promise<void> {
    await this.stop({ suspend: false, deadlineMs: 20_000 });
    await this.booting?.kill();
    rmSync(this.options.vmDir, { recursive: true, force: true });
    rmSync(this.paths.runtimeDir, { recursive: true, force: true });
    this.status$.set({ state: 'stopped', step: null, detail: null, reason: null, endpoint: null, resources: this.resources() }); // prettier-ignore
  }

  async dispose(): Promise<void> {
    this.running?.forwarder?.stop();
    this.running?.control?.close();
    this.running?.proc.qmp?.close();
  }

  /** For tests and the bench: the ports forwarded to the host right now. */
  async syncPorts(): Promise<void> {
    await this.running?.forwarder?.sync();
  }

  /** The client the provider uses for its engine (tests). */
  tlsPaths(): TlsPaths {
    return tlsPaths(this.options.vmDir);
  }
}

export function createQemuProvider(options: QemuProviderOptions): QemuProvider {
  return new QemuProvider(options);
}
