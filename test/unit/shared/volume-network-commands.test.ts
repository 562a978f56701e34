// The docker lines Berth shows for volume, network and system actions, and the network input rules.
import { describe, expect, it } from 'vitest';
import { networkCreateInput, subnetProblem, ipProblem } from '@shared/api/networks-manage';
import { volumeCreateInput } from '@shared/api/volumes-manage';
import { networkConnectCommand, networkCreateCommand } from '@shared/cli/network-commands';
import {
  volumeBackupCommand,
  volumeCloneCommand,
  volumeCreateCommand,
  volumeRestoreCommand,
} from '@shared/cli/volume-commands';

describe('volume command lines', () => {
  it('creates with driver, labels and options, quoting what needs it', () => {
    expect(
      volumeCreateCommand({
        name: 'data',
        driver: 'local',
        labels: [{ key: 'team', value: 'a b' }],
        driverOpts: [{ key: 'type', value: 'tmpfs' }],
      }),
    ).toBe("docker volume create --label 'team=a b' --opt type=tmpfs data");
    expect(volumeCreateCommand({ driver: 'nfs' })).toBe('docker volume create --driver nfs');
  });

  it('backs up, restores and clones through the helper image', () => {
    expect(volumeBackupCommand('data', 'busybox', 'data.tar.gz')).toBe(
      'docker run --rm -v data:/volume:ro busybox tar czf - -C /volume . > data.tar.gz',
    );
    expect(volumeRestoreCommand('data', 'busybox', 'my backup.tar.gz')).toBe(
      "docker run --rm -i -v data:/volume busybox tar xzf - -C /volume < 'my backup.tar.gz'",
    );
    expect(volumeCloneCommand('a', 'b', 'busybox')).toBe(
      'docker volume create b && docker run --rm -v a:/from:ro -v b:/to busybox cp -a /from/. /to/',
    );
  });

  it('refuses label keys with "=" or control characters', () => {
    expect(volumeCreateInput.safeParse({ labels: [{ key: 'a=b', value: '' }] }).success).toBe(false);
    expect(volumeCreateInput.safeParse({ labels: [{ key: 'a', value: 'x\u0000' }] }).success).toBe(false);
    expect(volumeCreateInput.safeParse({ name: '../etc' }).success).toBe(false);
  });
});

describe('network inputs and command lines', () => {
  it('checks subnets and addresses in words', () => {
    expect(subnetProblem('10.1.0.0/16')).toBeNull();
    expect(subnetProblem('10.1.0.0')).toMatch(/prefix/);
    expect(subnetProblem('10.1.0.0/33')).toMatch(/at most \/32/);
    expect(ipProblem('10.1.0.1')).toBeNull();
    expect(ipProblem('10.1.0.300')).toMatch(/Not an IP/);
  });

  it('refuses a gateway without a subnet and the engine’s own names', () => {
    expect(networkCreateInput.safeParse({ name: 'n', gateway: '10.0.0.1' }).success).toBe(false);
    expect(networkCreateInput.safeParse({ name: 'bridge' }).success).toBe(false);
  });

  it('shows the create and connect lines', () => {
    expect(
      networkCreateCommand({
        name: 'web',
        subnet: '10.9.0.0/24',
        gateway: '10.9.0.1',
        internal: true,
        attachable: true,
        labels: [{ key: 'a', value: '1' }],
      }),
    ).toBe(
      'docker network create --subnet 10.9.0.0/24 --gateway 10.9.0.1 --internal --attachable --label a=1 web',
    );
    expect(networkConnectCommand('web', 'db', ['database', 'pg'])).toBe(
      'docker network connect --alias database --alias pg web db',
    );
  });
});
