// Wires the pieces both front doors share (Electron IPC and `berth serve`): settings, engine
// discovery that honours them, and the router context.
import { ActivityLog } from './activity/activity-log';
import { discoverEngine } from './engine/discovery';
import { Engine } from './engine/engine';
import type { Context } from './router';
import { SettingsFile } from './settings/settings-file';

export interface BackendOptions {
  settingsPath: string;
  /** A --engine flag; wins over the settings file for this run. */
  engineOverride?: string | null;
  vmSocket?: string | null;
}

export interface Backend {
  engine: Engine;
  settings: SettingsFile;
  activity: ActivityLog;
  context(): Context;
  dispose(): void;
}

export function createBackend(options: BackendOptions): Backend {
  const settings = new SettingsFile(options.settingsPath);
  const activity = new ActivityLog();
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
    context: () => ({ engine, settings, activity }),
    dispose() {
      unsubscribe();
      engine.stop();
    },
  };
}
