// Which provider runs Berth's engine, and when Berth starts it by itself.
import { describe, expect, it } from 'vitest';
import { chooseProvider, shouldAutoStart } from '@core/vm/choice';

describe('chooseProvider', () => {
  it('takes the platform default when Settings choose none', () => {
    expect(chooseProvider({ setting: null, platform: 'linux', available: ['native'] })).toEqual({
      id: 'native',
      why: "the default on Linux: the host's engine if one answers, else Berth's private dockerd",
      chosen: false,
    });
    expect(chooseProvider({ setting: null, platform: 'darwin', available: ['qemu'] }).id).toBe('qemu');
    expect(chooseProvider({ setting: null, platform: 'win32', available: ['wsl2', 'qemu'] }).id).toBe('wsl2');
  });

  it('takes the one chosen in Settings when it exists here', () => {
    expect(chooseProvider({ setting: 'qemu', platform: 'linux', available: ['native', 'qemu'] })).toEqual({
      id: 'qemu',
      why: 'chosen in Settings',
      chosen: true,
    });
  });

  it('says so when the chosen one is not available, and falls back', () => {
    const selection = chooseProvider({ setting: 'lima', platform: 'linux', available: ['native'] });
    expect(selection.id).toBe('native');
    expect(selection.chosen).toBe(false);
    expect(selection.why).toMatch(/^lima \(chosen in Settings\) is not available here; /);
  });

  it('has none where no provider fits', () => {
    expect(chooseProvider({ setting: null, platform: 'aix', available: [] })).toMatchObject({
      id: null,
      chosen: false,
    });
  });
});

describe('shouldAutoStart', () => {
  const auto = { id: 'native' as const, why: '', chosen: false };
  it('starts the default only when the user has no engine of their own', () => {
    expect(shouldAutoStart({ selection: auto, userEngine: null })).toBe(true);
    expect(shouldAutoStart({ selection: auto, userEngine: 'DOCKER_HOST is set' })).toBe(false);
  });
  it('starts a provider chosen in Settings regardless', () => {
    expect(shouldAutoStart({ selection: { ...auto, chosen: true }, userEngine: 'DOCKER_HOST is set' })).toBe(
      true,
    );
  });
  it('starts nothing without a provider', () => {
    expect(shouldAutoStart({ selection: { id: null, why: '', chosen: false }, userEngine: null })).toBe(
      false,
    );
  });
});
