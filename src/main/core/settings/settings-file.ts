// Berth's settings, one JSON file. Writes go to a temp file then rename, so a crash never
// leaves half a file; an unreadable file is kept aside rather than overwritten silently.
import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultSettings, settingsSchema, type Settings } from '../../../shared/api';

export function defaultSettingsPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(base, 'berth', 'settings.json');
}

export class SettingsFile {
  private value: Settings;
  private readonly emitter = new EventEmitter();

  constructor(private readonly file: string) {
    this.value = this.load();
  }

  get(): Settings {
    return this.value;
  }

  update(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.value, ...patch });
    mkdirSync(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(next, null, 2) + '\n', { mode: 0o600 });
    renameSync(temp, this.file);
    const previous = this.value;
    this.value = next;
    this.emitter.emit('change', next, previous);
    return next;
  }

  onChange(listener: (next: Settings, previous: Settings) => void): () => void {
    this.emitter.on('change', listener);
    return () => this.emitter.off('change', listener);
  }

  private load(): Settings {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch {
      return defaultSettings;
    }
    const parsed = settingsSchema.safeParse(safeJson(text));
    if (parsed.success) return parsed.data;
    try {
      renameSync(this.file, `${this.file}.invalid-${Date.now()}`);
    } catch {
      // Keeping defaults in memory is still better than refusing to start.
    }
    return defaultSettings;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
