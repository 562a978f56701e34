// Wires the pieces both front doors share (Electron IPC and `berth serve`): settings, the engine
// providers, engine discovery that honours both, the services, and the router context. The Backend
// owns all of it: everything it makes goes into one DisposableStore, released by dispose().
import { ActivityLog } from './activity/activity-log';
import { DisposableStore } from './disposable-store';
import { discoverEngine, discoverUserEngine } from './engine/discovery';
import { Engine } from './engine/engine';
import { DEFAULT_ENGINE_ID, EngineRegistry } from './engine/registry';
import { DESKTOP_POLICY, type AccessPolicy } from './policy';
import type { Context } from './router';
import { SettingsFile } from './settings/settings-file';
import { createServices, type BackendServices } from './services';
import { sweepStaleTempDirs } from './temp-dirs';
import { dockerConfigDir } from './vm/docker-context';
import { ProviderManager } from './vm/manager';
import { createProviders } from './vm/providers';

export interface BackendOptions {
  settingsPath: string;
  /** A --engine flag; wins over the settings file for this run. */
  engineOverride?: string | null;
  /** What clients may do with the host; the desktop app's (everything) unless given. */
  policy?: AccessPolicy;
  /** Berth's data folder (its own engine lives below it); default BERTH_DATA_DIR or XDG. */
  dataDir?: string;
  /** Start the default provider when no engine is configured (default true). */
  autoStart?: boolean;
  /** Where the backend's temp folders go (default: the OS temp folder). */
  tempRoot?: string;
}

export interface Backend {
  /** The engines procedures reach (today one: `engine`, the active one). */
  engines: EngineRegistry;
  /** The engine this Backend discovers and reconnects as settings and providers change. */
  engine: Engine;
  settings: SettingsFile;
  activity: ActivityLog;
  policy: AccessPolicy;
  providers: ProviderManager;
  services: BackendServices;
  context(): Context;
  /**
   * Releases everything; stops Berth's own engine when `stopEngine` says so (the desktop app's
   * answer at quit), else when the quit setting does.
   */
  dispose(options?: { stopEngine?: boolean }): Promise<void>;
}

export function createBackend(options: BackendOptions): Backend {
  // Upload folders left by a Berth that crashed or was killed.
  sweepStaleTempDirs(options.tempRoot);
  const owned = new DisposableStore();
  const settings = new SettingsFile(options.settingsPath);
  const activity = new ActivityLog();
  const policy = options.policy ?? DESKTOP_POLICY;
  const userEngine = (): string | null => {
    if (options.engineOverride) return 'the --engine flag';
    if (settings.get().engineHost) return 'the engine address in Settings';
    return discoverUserEngine()?.endpoint.reason ?? null;
  };
  const providers = new ProviderManager({
    providers: createProviders({ settings, dataDir: options.dataDir }),
    settings,
    dockerConfigDir: dockerConfigDir(),
    userEngine,
  });
  // Released last: stops Berth's own engine (when the quit setting says so) after all else.
  let stopEngineAtQuit: boolean | undefined;
  owned.add(() => providers.dispose({ stopEngine: stopEngineAtQuit }));
  const engine = new Engine({
    id: DEFAULT_ENGINE_ID,
    discover: () =>
      discoverEngine({
        settingsHost: options.engineOverride ?? settings.get().engineHost,
        provider: providers.engineEndpoint(),
      }),
    hold: () => (options.engineOverride || settings.get().engineHost ? null : providers.hold()),
  });
  owned.add(() => engine.stop());
  owned.add(activity);
  // Released before the engine stops: sessions and feeds end while it still answers.
  const services = createServices(owned, { tempRoot: options.tempRoot });
  owned.add(providers.onStateChange(() => engine.reconnect()));
  owned.add(
    settings.onChange((next, previous) => {
      if (next.provider !== previous.provider) {
        void providers
          .reselect()
          .then(() => (options.autoStart !== false ? providers.autoStart() : undefined));
      } else if (next.nativeMode !== previous.nativeMode && providers.view().engaged) {
        void providers.restart().catch(() => undefined); // the error is in the provider's status
      }
      if (next.engineHost !== previous.engineHost) engine.reconnect();
    }),
  );
  // The first run's start is engaged before the engine connects, so it waits for it.
  if (options.autoStart !== false) void providers.autoStart();
  engine.start();
  const engines = new EngineRegistry([engine]);
  return {
    engines,
    engine,
    settings,
    activity,
    policy,
    providers,
    services,
    context: () => ({ engines, settings, activity, policy, providers, services }),
    dispose: (disposeOptions = {}) => {
      stopEngineAtQuit = disposeOptions.stopEngine;
      return owned.dispose();
    },
  };
}
