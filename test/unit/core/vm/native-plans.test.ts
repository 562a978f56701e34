// The private dockerd's pure decisions: its subnet, its network mode, rootless, its folders.
import { describe, expect, it } from 'vitest';
import { dockerdCommand, engineLayout, networkPlan, rootlessPlan } from '@core/vm/native/layout';
import { overlaps, parseCidrText, pickSubnet } from '@core/vm/native/subnet';

describe('pickSubnet', () => {
  it('skips every /24 that overlaps a network in use', () => {
    const used = [
      parseCidrText('172.28.0.0/24')!,
      parseCidrText('172.28.1.7/32')!,
      parseCidrText('10.0.0.0/8')!,
    ];
    expect(pickSubnet('172.28', used)).toEqual({
      subnet: '172.28.2.0/24',
      gatewayCidr: '172.28.2.1/24',
      gateway: '172.28.2.1',
    });
  });
  it('keeps the subnet of the previous run while it is free', () => {
    expect(pickSubnet('172.28', [], '172.28.9.0/24')?.subnet).toBe('172.28.9.0/24');
    expect(pickSubnet('172.28', [parseCidrText('172.28.0.0/16')!], '172.28.9.0/24')).toBeNull();
  });
  it('computes overlap by the shorter prefix', () => {
    expect(overlaps(parseCidrText('172.16.0.0/12')!, parseCidrText('172.28.3.0/24')!)).toBe(true);
    expect(overlaps(parseCidrText('172.30.0.0/24')!, parseCidrText('172.28.0.0/24')!)).toBe(false);
  });
});

describe('networkPlan', () => {
  it('keeps iptables unless another dockerd owns the shared chains or iptables is missing', () => {
    expect(networkPlan({ otherDockerd: false, iptablesInstalled: true })).toEqual({
      iptables: true,
      reason: null,
    });
    expect(networkPlan({ otherDockerd: true, iptablesInstalled: true }).reason).toMatch(/Another dockerd/);
    expect(networkPlan({ otherDockerd: false, iptablesInstalled: false }).iptables).toBe(false);
  });
});

describe('rootlessPlan', () => {
  const all = () => true;
  it('is usable with the tools and a subordinate id range', () => {
    expect(rootlessPlan({ user: 'me', uid: 1000, has: all, subuid: 'me:100000:65536\n' })).toEqual({
      usable: true,
      reason: null,
    });
  });
  it('says what is missing', () => {
    const plan = rootlessPlan({ user: 'me', uid: 1000, has: (b) => b !== 'rootlesskit', subuid: '' });
    expect(plan.usable).toBe(false);
    expect(plan.reason).toContain('rootlesskit, an entry for me in /etc/subuid');
  });
});

describe('engine layout and dockerd command', () => {
  it('keeps everything in the engine folder, with a short exec-root when the folder is deep', () => {
    const layout = engineLayout('/home/me/.local/share/berth');
    expect(layout.socket).toBe('/home/me/.local/share/berth/engine/docker.sock');
    expect(layout.execRoot).toBe('/home/me/.local/share/berth/engine/x');
    const deep = engineLayout(`/home/${'x'.repeat(80)}/berth`, '/tmp');
    expect(deep.execRoot).toMatch(/^\/tmp\/berth-x-[0-9a-f]{10}$/);
  });
  it('passes its own bridge, and turns iptables off only when the plan says so', () => {
    const layout = engineLayout('/d');
    const off = { iptables: false, reason: 'x' };
    const root = dockerdCommand(layout, { bridge: 'brth1', network: off, rootless: false });
    expect(root.command).toBe('dockerd');
    expect(root.args).toEqual(
      expect.arrayContaining([
        '--bridge',
        'brth1',
        '--iptables=false',
        '--host',
        'unix:///d/engine/docker.sock',
      ]),
    );
    const rootless = dockerdCommand(layout, {
      bridge: 'brth1',
      network: { iptables: true, reason: null },
      rootless: true,
    });
    expect(rootless.command).toBe('dockerd-rootless.sh');
    expect(rootless.args).not.toContain('--bridge');
    expect(rootless.args).not.toContain('--iptables=false');
  });
});
