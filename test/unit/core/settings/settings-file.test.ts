// The settings file: a good file loads; a corrupt or invalid one is kept aside as settings.json.bak,
// defaults are used, and a notice says so until dismissed; writes are atomic and keep the mode.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SettingsFile } from '@core/settings/settings-file';
import { defaultSettings } from '@shared/api';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'berth-settings-'));
  file = path.join(dir, 'settings.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('SettingsFile', () => {
  it('uses defaults without a notice when there is no file', () => {
    const settings = new SettingsFile(file);
    expect(settings.get()).toEqual(defaultSettings);
    expect(settings.getNotice()).toBeNull();
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it('loads a valid file and keeps it in place', () => {
    writeFileSync(file, JSON.stringify({ logScrollback: 5000 }));
    const settings = new SettingsFile(file);
    expect(settings.get().logScrollback).toBe(5000);
    expect(settings.getNotice()).toBeNull();
    expect(existsSync(file)).toBe(true);
  });

  it('reads the old stopEngineOnQuit boolean as the quit choice (true: stop, false: keep)', () => {
    writeFileSync(file, JSON.stringify({ stopEngineOnQuit: false, logScrollback: 5000 }));
    expect(new SettingsFile(file).get()).toMatchObject({ quitEngine: 'keep', logScrollback: 5000 });
    writeFileSync(file, JSON.stringify({ stopEngineOnQuit: true }));
    expect(new SettingsFile(file).get().quitEngine).toBe('stop');
    // A file that already has the choice keeps it; a file with neither asks.
    writeFileSync(file, JSON.stringify({ stopEngineOnQuit: true, quitEngine: 'keep' }));
    expect(new SettingsFile(file).get().quitEngine).toBe('keep');
    writeFileSync(file, JSON.stringify({}));
    const settings = new SettingsFile(file);
    expect(settings.get().quitEngine).toBe('ask');
    expect(settings.getNotice()).toBeNull();
    // The old key is not written back.
    settings.update({ logScrollback: 6000 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).not.toHaveProperty('stopEngineOnQuit');
  });

  it('keeps the stats history within 1 to 60 minutes', () => {
    writeFileSync(file, JSON.stringify({ statsHistoryMinutes: 15 }));
    expect(new SettingsFile(file).get().statsHistoryMinutes).toBe(15);
    writeFileSync(file, JSON.stringify({ statsHistoryMinutes: 0 }));
    const settings = new SettingsFile(file);
    expect(settings.get().statsHistoryMinutes).toBe(5);
    expect(settings.getNotice()?.detail).toMatch(/^statsHistoryMinutes:/);
    expect(() => settings.update({ statsHistoryMinutes: 61 })).toThrow();
    expect(() => settings.update({ statsHistoryMinutes: 2.5 })).toThrow();
  });

  it('keeps a file that is not JSON as settings.json.bak and says so', () => {
    writeFileSync(file, '{"logScrollback": 50');
    const settings = new SettingsFile(file);
    expect(settings.get()).toEqual(defaultSettings);
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('{"logScrollback": 50');
    expect(settings.getNotice()).toEqual({
      kind: 'reset',
      reason: 'not-json',
      file,
      backup: `${file}.bak`,
      detail: null,
    });
  });

  it('keeps a file that fails the schema aside and names the field', () => {
    writeFileSync(file, JSON.stringify({ logScrollback: 1, nativeMode: 'auto' }));
    const settings = new SettingsFile(file);
    expect(settings.get()).toEqual(defaultSettings);
    const notice = settings.getNotice();
    expect(notice?.reason).toBe('invalid');
    expect(notice?.backup).toBe(`${file}.bak`);
    expect(notice?.detail).toMatch(/^logScrollback: /);
  });

  it('replaces an older .bak with the newest unusable file', () => {
    writeFileSync(`${file}.bak`, 'old');
    writeFileSync(file, 'null');
    new SettingsFile(file);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('null');
  });

  it('says the file could not be kept aside when the move fails', () => {
    // A non-empty directory named settings.json.bak cannot be replaced by a rename.
    writeFileSync(file, 'not json');
    mkdirSync(path.join(`${file}.bak`, 'inside'), { recursive: true });
    const settings = new SettingsFile(file);
    expect(settings.get()).toEqual(defaultSettings);
    expect(settings.getNotice()?.backup).toBeNull();
  });

  it('forgets the notice once dismissed, and saving writes a fresh file', () => {
    writeFileSync(file, '[]');
    const settings = new SettingsFile(file);
    expect(settings.getNotice()).not.toBeNull();
    settings.dismissNotice();
    expect(settings.getNotice()).toBeNull();
    settings.update({ logScrollback: 2000 });
    expect(JSON.parse(readFileSync(file, 'utf8')).logScrollback).toBe(2000);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(new SettingsFile(file).getNotice()).toBeNull();
  });
});
