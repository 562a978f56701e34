import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '@server/serve-args';

const strong = 'a'.repeat(32);

describe('parseServeArgs', () => {
  it('generates a random token when BERTH_TOKEN is unset, and keeps a strong one', () => {
    const generated = parseServeArgs([], {}).token;
    expect(generated.length).toBeGreaterThanOrEqual(32);
    expect(parseServeArgs([], {}).token).not.toBe(generated);
    expect(parseServeArgs([], { BERTH_TOKEN: strong }).token).toBe(strong);
  });

  it('refuses a BERTH_TOKEN shorter than 32 characters, saying why', () => {
    expect(() => parseServeArgs([], { BERTH_TOKEN: 'short-token' })).toThrow(/at least 32 characters/);
  });

  it('needs --allow-host to bind beyond loopback', () => {
    expect(() => parseServeArgs(['--host', '0.0.0.0'], { BERTH_TOKEN: strong })).toThrow(/--allow-host/);
    const config = parseServeArgs(
      ['--host', '0.0.0.0', '--allow-host', 'box.lan', '--allow-host', 'b.example'],
      {
        BERTH_TOKEN: strong,
      },
    );
    expect(config.allowHosts).toEqual(['box.lan', 'b.example']);
    expect(parseServeArgs(['--host', '::1'], { BERTH_TOKEN: strong }).host).toBe('::1');
  });

  it('refuses an --allow-host that is not a host name', () => {
    for (const bad of ['*', 'a b', 'http://x', 'x/y', '']) {
      expect(() => parseServeArgs(['--allow-host', bad], { BERTH_TOKEN: strong })).toThrow(/--allow-host/);
    }
  });

  it('reads the policy flags, off by default', () => {
    const off = parseServeArgs([], { BERTH_TOKEN: strong });
    expect(off).toMatchObject({ buildRoots: [], allowHostMounts: false, allowEngineChange: false });
    const on = parseServeArgs(
      ['--build-root', '/srv/a', '--build-root', '/srv/b', '--allow-host-mounts', '--allow-engine-change'],
      { BERTH_TOKEN: strong },
    );
    expect(on).toMatchObject({
      buildRoots: ['/srv/a', '/srv/b'],
      allowHostMounts: true,
      allowEngineChange: true,
    });
  });
});
