// The lima provider (macOS, where limactl is installed): a Lima instance made from Berth's template,
// its engine socket forwarded into Berth's data folder (a unix socket: reachable only by this user).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { ProviderDetection, ProviderLogKind, ProviderResources } from '@shared/api/providers';
import { defaultVmResources } from '@shared/api/vm-settings';
import { commandText, runCommand, type CommandRunner } from '../command-runner';
import { waitForPing } from '../engine-ping';
import { findOnPath } from '../host-tools';
import { followFile, tailLines } from '../log-file';
import type { EngineProvider, ProviderEndpoint, StopOptions } from '../provider';
import { SingleStartProvider } from '../single-start-provider';
import { BERTH_LIMA_INSTANCE, limactlArgs, parseLimaList, type LimaInstance } from './limactl-output';
import { limaTemplate, limaVmType } from './lima-template';

export interface LimaProviderOptions {
  /** Berth's folder for this provider: the template, the forwarded socket. */
  dataDir: string;
  resources?: ProviderResources;
  /** Shared writable at the same path, besides the home folder. */
  sharedFolders?: readonly string[];
  limactl?: string;
  run?: CommandRunner;
  platform?: NodeJS.Platform;
  /** Lima's own folder for instances (LIMA_HOME), for the logs. */
  limaHome?: string;
  engineDeadlineMs?: number;
}

export class LimaProvider extends SingleStartProvider implements EngineProvider {
  readonly id = 'lima' as const;
  private readonly run: CommandRunner;
  private nextResources: ProviderResources;

  constructor(private readonly options: LimaProviderOptions) {
    super('lima', options.resources ?? defaultVmResources);
    this.run = options.run ?? runCommand;
    this.nextResources = options.resources ?? defaultVmResources;
  }

  private get limactl(): string {
    return this.options.limactl ?? 'limactl';
  }

  private get socketPath(): string {
    return join(this.options.dataDir, 'docker.sock');
  }

  private get instanceDir(): string {
    return join(
      this.options.limaHome ?? process.env.LIMA_HOME ?? join(homedir(), '.lima'),
      BERTH_LIMA_INSTANCE,
    );
  }

  private limactlText(args: string[]): Promise<string> {
    const decode = (bytes: Buffer) => bytes.toString('utf8');
    return commandText(this.run, this.limactl, args, { label: 'limactl', decode, timeoutMs: 900_000 });
  }

  private async instance(): Promise<LimaInstance | null> {
    const list = parseLimaList(await this.limactlText(limactlArgs.list()));
    return list.find((i) => i.name === BERTH_LIMA_INSTANCE) ?? null;
  }

  async detect(): Promise<ProviderDetection> {
    const platform = this.options.platform ?? process.platform;
    if (platform !== 'darwin') return { usable: false, reason: `Berth uses Lima on macOS only; this computer runs ${platform}.` }; // prettier-ignore
    if (!this.options.run && !findOnPath(this.limactl)) {
      return { usable: false, reason: 'limactl is not installed (brew install lima).' };
    }
    try {
      await this.limactlText(limactlArgs.list());
    } catch (error) {
      return { usable: false, reason: `limactl does not answer: ${(error as Error).message}` };
    }
    return {
      usable: true,
      reason: `Usable with Lima (${limaVmType() === 'vz' ? 'Virtualization.framework' : 'QEMU'}).`,
    };
  }

  resources(): ProviderResources {
    return this.nextResources;
  }

  async setResources(next: ProviderResources): Promise<void> {
    this.nextResources = next;
    this.status$.set({ resources: next });
  }

  protected async doStart(signal?: AbortSignal): Promise<ProviderEndpoint> {
    this.status$.set({ state: 'starting', step: 'preparing', detail: 'Preparing the Lima VM', reason: null });
    try {
      mkdirSync(this.options.dataDir, { recursive: true, mode: 0o700 });
      const existing = await this.instance();
      this.status$.set({ step: 'booting', detail: existing ? 'Starting the Lima VM' : 'Creating the Lima VM (first start: downloads Debian and installs the engine)' }); // prettier-ignore
      if (!existing) {
        const templateFile = join(this.options.dataDir, 'berth.yaml');
        const mounts = [homedir(), ...(this.options.sharedFolders ?? [])];
        const template = limaTemplate({ resources: this.nextResources, vmType: limaVmType(), hostSocket: this.socketPath, mounts }); // prettier-ignore
        writeFileSync(templateFile, template, { mode: 0o600 });
        await this.limactlText(limactlArgs.create(BERTH_LIMA_INSTANCE, templateFile));
      } else if (existing.status !== 'Running') {
        await this.limactlText(limactlArgs.start(BERTH_LIMA_INSTANCE));
      }
      const endpoint: ProviderEndpoint = { host: `unix://${this.socketPath}`, tls: null };
      this.status$.set({ step: 'waiting-for-engine', detail: 'Waiting for the engine' });
      await waitForPing(endpoint, this.options.engineDeadlineMs ?? 300_000, () => null, signal);
      this.current = endpoint;
      this.status$.running(endpoint.host, 'Running (Lima)');
      return endpoint;
    } catch (error) {
      this.status$.failed((error as Error).message);
      throw error;
    }
  }

  async stop(_options: StopOptions = {}): Promise<void> {
    await this.startSettled();
    this.status$.set({ state: 'stopping', detail: 'Stopping the Lima VM', endpoint: null });
    this.current = null;
    try {
      const existing = await this.instance();
      if (existing?.status === 'Running') {
        await this.limactlText(limactlArgs.stop(BERTH_LIMA_INSTANCE)).catch(() =>
          this.limactlText(limactlArgs.forceStop(BERTH_LIMA_INSTANCE)),
        );
      }
      this.stopped();
    } catch (error) {
      this.status$.set({ state: 'error', step: null, detail: null, reason: (error as Error).message });
      throw error;
    }
  }

  async logs(kind: ProviderLogKind, tail: number): Promise<string[]> {
    return tailLines(this.logFile(kind), tail);
  }

  followLogs(kind: ProviderLogKind, onLines: (lines: string[]) => void): () => void {
    return followFile(this.logFile(kind), onLines);
  }

  /** Lima keeps the serial console and its host agent's log in the instance folder. */
  private logFile(kind: ProviderLogKind): string {
    return join(this.instanceDir, kind === 'console' ? 'serial.log' : 'ha.stderr.log');
  }

  async describeReset(): Promise<string[]> {
    return [`The Lima instance "${BERTH_LIMA_INSTANCE}" (limactl delete), with every image, container and volume`, this.options.dataDir]; // prettier-ignore
  }

  async factoryReset(): Promise<void> {
    await this.stop().catch(() => undefined);
    if (await this.instance().catch(() => null))
      await this.limactlText(limactlArgs.delete(BERTH_LIMA_INSTANCE));
    if (existsSync(this.options.dataDir)) rmSync(this.options.dataDir, { recursive: true, force: true });
    this.stopped();
  }

  async dispose(): Promise<void> {
    // The instance keeps running; the quit setting decides whether to stop it.
  }
}

export function createLimaProvider(options: LimaProviderOptions): LimaProvider {
  return new LimaProvider(options);
}
