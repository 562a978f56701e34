// Berth's settings, one JSON file. Writes go to a temp file then rename, so a crash never
// leaves half a file; an unreadable file is kept aside as settings.json.bak (not overwritten
// silently) and a notice says so until the user dismisses it.
import { EventEmitter } from 'node:events';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  defaultSettings,
  migrateSettingsJson,
  settingsSchema,
  type Settings,
  type SettingsNotice,
} from '@shared/api';

export function defaultSettingsPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
  return path.join(base, 'berth', 'settings.json');
}

export class SettingsFile {
  private value: Settings;
  private notice: SettingsNotice | null = null;
  private readonly emitter = new EventEmitter();

  constructor(private readonly file: string) {
    this.value = this.load();
  }

  get(): Settings {
    return this.value;
  }

  /** Set when the file on disk was unusable at start; cleared by dismissNotice(). */
  getNotice(): SettingsNotice | null {
    return this.notice;
  }

  dismissNotice(): void {
    this.notice = null;
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
    const json = safeJson(text);
    const parsed = json === NOT_JSON ? null : settingsSchema.safeParse(migrateSettingsJson(json));
    if (parsed?.success) return parsed.data;
    const backup = `${this.file}.bak`;
    let kept: string | null = backup;
    try {
      // rename replaces an older .bak: the newest unusable file is the one worth recovering.
      renameSync(this.file, backup);
    } catch {
      // Keeping defaults in memory is still better than refusing to start.
      kept = null;
    }
    const issue = parsed?.error.issues[0];
    this.notice = {
      kind: 'reset',
      reason: parsed ? 'invalid' : 'not-json',
      file: this.file,
      backup: kept,
      detail: issue ? `${issue.path.join('.') || '(file)'}: ${issue.message}` : null,
    };
    return defaultSettings;
  }
}

const NOT_JSON = Symbol('not-json');

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}
