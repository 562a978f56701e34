// `npm run dist:linux-dir`: packages from the local Electron binary on Linux; otherwise one line why.
import { describe, expect, it } from 'vitest';
import { distLinuxDirPlan } from '@scripts/dist-plan.mjs';

describe('distLinuxDirPlan', () => {
  it('builds then packages the dir target from the local binary', () => {
    const plan = distLinuxDirPlan({
      electron: { ok: true, path: '/repo/node_modules/electron/dist/electron' },
      platform: 'linux',
    });
    expect(plan).toEqual({
      run: true,
      steps: [
        ['npx', ['electron-vite', 'build']],
        ['npx', ['electron-builder', '--linux', 'dir', '-c.electronDist=/repo/node_modules/electron/dist']],
      ],
    });
  });

  it('says in one line why it cannot without the binary', () => {
    const plan = distLinuxDirPlan({
      electron: { ok: false, why: "Electron's binary is missing (Electron failed to install correctly)" },
      platform: 'linux',
    });
    expect(plan.run).toBe(false);
    if (!plan.run) {
      expect(plan.message).toContain("Electron's binary is missing");
      expect(plan.message).not.toContain('\n');
    }
  });

  it('refuses another platform, whose binary is not Linux', () => {
    const plan = distLinuxDirPlan({ electron: { ok: true, path: '/x/electron' }, platform: 'darwin' });
    expect(plan.run).toBe(false);
  });
});
