// The wsl2 provider (Windows): a Berth distro imported from a rootfs tarball (`wsl --import`), dockerd
// inside with TLS client certificates on the distro's loopback, which WSL2 forwards to Windows'
// 127.0.0.1. Stop is `wsl --terminate`, factory reset `wsl --unregister`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ProviderDetection, ProviderLogKind, ProviderResources } from '@shared/api/providers';
import { commandText, runCommand, type CommandRunner } from '../command-runner';
import { diskUsageBytes, formatBytes } from '../disk-usage';
import { waitForPing } from '../engine-ping';
import { freeLoopbackPort } from '../free-port';
import { followFile, tailLines } from '../log-file';
import type { EngineProvider, ProviderEndpoint, StopOptions } from '../provider';
import { SingleStartProvider } from '../single-start-provider';
import { ensureTlsMaterial, guestTlsFiles } from '../tls-material';
import { BERTH_DISTRO, dockerdCommand, GUEST_TLS_DIR, wslArgs } from './wsl-commands';
import { decodeWslOutput, parseWslNames, parseWslStatus } from './wsl-output';

export interface Wsl2ProviderOptions {
  /** Berth's folder for this provider: the distro's disk (ext4.vhdx), TLS material, logs. */
  dataDir: string;
  /** The Berth rootfs tarball (Debian with docker.io: scripts/vm/build-image.sh's debootstrap stage). */
  rootfsTar: string;
  distro?: string;
  wslExe?: string;
  run?: CommandRunner;
  platform?: NodeJS.Platform;
  engineDeadlineMs?: number;
}

export class Wsl2Provider extends SingleStartProvider implements EngineProvider {
  readonly id = 'wsl2' as const;
  private readonly run: CommandRunner;
  private dockerd: ChildProcess | null = null;

  constructor(private readonly options: Wsl2ProviderOptions) {
    super('wsl2', null);
    this.run = options.run ?? runCommand;
  }

  private get distro(): string {
    return this.options.distro ?? BERTH_DISTRO;
  }

  private get wsl(): string {
    return this.options.wslExe ?? 'wsl.exe';
  }

  private get engineLog(): string {
    return join(this.options.dataDir, 'engine.log');
  }

  /** Runs wsl.exe and decodes what it says; throws its words on failure. */
  private wslText(args: string[], stdin?: Buffer | string): Promise<string> {
    return commandText(this.run, this.wsl, args, { label: 'wsl', decode: decodeWslOutput, stdin, timeoutMs: 300_000 }); // prettier-ignore
  }

  async detect(): Promise<ProviderDetection> {
    const platform = this.options.platform ?? process.platform;
    if (platform !== 'win32') return { usable: false, reason: `WSL2 exists only on Windows; this computer runs ${platform}.` }; // prettier-ignore
    let status;
    try {
      status = parseWslStatus(await this.wslText(wslArgs.status()));
    } catch (error) {
      return { usable: false, reason: `WSL is not installed or does not answer (${(error as Error).message}); install it with "wsl --install".` }; // prettier-ignore
    }
    if (status.problem) return { usable: false, reason: `WSL cannot run Linux VMs: ${status.problem}` };
    if (!existsSync(this.options.rootfsTar) && !(await this.imported())) {
      return { usable: false, reason: `The Berth WSL image (${this.options.rootfsTar}) is missing.` };
    }
    return { usable: true, reason: 'Usable with WSL 2.' };
  }

  private async imported(): Promise<boolean> {
    const names = parseWslNames(await this.wslText(['--list', '--quiet']).catch(() => ''));
    return names.includes(this.distro);
  }

  /** WSL2 shares the machine with Windows (.wslconfig decides); Berth sets nothing here. */
  resources(): ProviderResources | null {
    return null;
  }

  protected async doStart(signal?: AbortSignal): Promise<ProviderEndpoint> {
    this.status$.set({
      state: 'starting',
      step: 'preparing',
      detail: 'Preparing the WSL distro',
      reason: null,
    });
    try {
      mkdirSync(this.options.dataDir, { recursive: true });
      const tls = await ensureTlsMaterial(this.options.dataDir);
      if (!(await this.imported())) {
        this.status$.set({ detail: 'Importing the Berth distro (first start only)' });
        await this.wslText(
          wslArgs.import(this.distro, join(this.options.dataDir, 'distro'), this.options.rootfsTar),
        );
      }
      this.status$.set({ step: 'booting', detail: 'Starting the distro' });
      await this.wslText(wslArgs.exec(this.distro, ['mkdir', '-p', '-m', '0700', GUEST_TLS_DIR]));
      for (const [name, content] of Object.entries(guestTlsFiles(tls))) {
        await this.wslText(
          wslArgs.exec(this.distro, ['sh', '-c', `umask 077; cat > ${GUEST_TLS_DIR}/${name}`]),
          content,
        );
      }
      const port = await freeLoopbackPort();
      const endpoint: ProviderEndpoint = {
        host: `tcp://127.0.0.1:${port}`,
        tls: { certPath: tls.clientDir, verify: true },
      };
      const log = createWriteStream(this.engineLog, { flags: 'a' });
      const child = spawn(this.wsl, wslArgs.exec(this.distro, dockerdCommand(port)), { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true }); // prettier-ignore
      child.stdout?.pipe(log);
      child.stderr?.pipe(log);
      this.dockerd = child;
      let exited: string | null = null;
      child.once('exit', (code) => {
        exited = `dockerd in the distro exited (${code}); see the engine log`;
        if (this.dockerd === child) this.onExit(exited);
      });
      this.status$.set({ step: 'waiting-for-engine', detail: 'Waiting for the engine' });
      await waitForPing(endpoint, this.options.engineDeadlineMs ?? 120_000, () => exited, signal);
      this.current = endpoint;
      this.status$.running(endpoint.host, 'Running (WSL 2)');
      return endpoint;
    } catch (error) {
      this.dockerd?.kill();
      this.dockerd = null;
      this.status$.failed((error as Error).message);
      throw error;
    }
  }

  private onExit(reason: string): void {
    this.dockerd = null;
    this.current = null;
    if (this.status$.get().state === 'running') {
      this.status$.set({ state: 'error', step: null, detail: null, endpoint: null, reason });
    }
  }

  async stop(_options: StopOptions = {}): Promise<void> {
    await this.startSettled();
    this.status$.set({ state: 'stopping', detail: 'Stopping the distro', endpoint: null });
    const child = this.dockerd;
    this.dockerd = null;
    this.current = null;
    // --terminate stops everything in the distro at once; dockerd gets no graceful path through
    // wsl.exe, and the data lives on the distro's disk either way.
    await this.wslText(wslArgs.terminate(this.distro)).catch(() => undefined);
    child?.kill();
    this.stopped();
  }

  async logs(kind: ProviderLogKind, tail: number): Promise<string[]> {
    return kind === 'engine' ? tailLines(this.engineLog, tail) : [];
  }

  followLogs(kind: ProviderLogKind, onLines: (lines: string[]) => void): () => void {
    return kind === 'engine' ? followFile(this.engineLog, onLines) : () => undefined;
  }

  async describeReset(): Promise<string[]> {
    return [
      `The WSL distro "${this.distro}" (wsl --unregister), with every image, container and volume`,
      `${this.options.dataDir}: ${formatBytes(diskUsageBytes(this.options.dataDir))}`,
    ];
  }

  async factoryReset(): Promise<void> {
    await this.stop();
    if (await this.imported()) await this.wslText(wslArgs.unregister(this.distro));
    rmSync(this.options.dataDir, { recursive: true, force: true });
  }

  async dispose(): Promise<void> {
    // dockerd keeps running in the distro; the quit setting decides whether to stop it.
  }
}

export function createWsl2Provider(options: Wsl2ProviderOptions): Wsl2Provider {
  return new Wsl2Provider(options);
}
