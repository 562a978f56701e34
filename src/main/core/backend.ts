// Wires the pieces both front doors share (Electron IPC and `berth serve`): settings, engine
// discovery that honours them, and the router context.
import { ActivityLog } from './activity/activity-log';
import { discoverEngine } from './engine/discovery';
import { Engine } from './engine/engine';
import { DESKTOP_POLICY, type AccessPolicy } from './policy';
import type { Context } from './router';
import { SettingsFile } from './settings/settings-file';
import { removeOwnTempDirs, sweepStaleTempDirs } from './temp-dirs';

export interface BackendOptions {
  settingsPath: string;
  /** A --engine flag; wins over the settings file for this run. */
  engineOverride?: string | null;
  vmSocket?: string | null;
  /** What clients may do with the host; the desktop app's (everything) unless given. */
  policy?: AccessPolicy;
}

export interface Backend {
  engine: Engine;
  settings: SettingsFile;
  activity: ActivityLog;
  policy: AccessPolicy;
  context(): Context;
  dispose(): void;
}

export function createBackend(options: BackendOptions): Backend {
  // Upload folders left by a Berth that crashed or was killed.
  sweepStaleTempDirs();
  const settings = new SettingsFile(options.settingsPath);
  const activity = new ActivityLog();
  const policy = options.policy ?? DESKTOP_POLICY;
  const engine = new Engine({
    discover: () =>
      discoverEngine({
        settingsHost: options.engineOverride ?? settings.get().engineHost,
        vmSocket: options.vmSocket ?? null,
      }),
  });
  const unsubscribe = settings.onChange((next, previous) => {
    if (next.engineHost !== previous.engineHost) engine.reconnect();
  });
  engine.start();
  return {
    engine,
    settings,
    activity,
    policy,
    context: () => ({ engine, settings, activity, policy }),
    dispose() {
      unsubscribe();
      engine.stop();
      removeOwnTempDirs();
    },
  };
}
