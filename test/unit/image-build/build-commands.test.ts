import { describe, expect, it } from 'vitest';
import {
  buildCommand,
  loadCommand,
  saveCommand,
  saveFileName,
  searchCommand,
} from '@shared/cli/build-commands';

describe('buildCommand', () => {
  it('shows only what differs from the defaults', () => {
    expect(buildCommand({ context: '/src/app' })).toBe('docker build /src/app');
    expect(buildCommand({ context: '' })).toBe('docker build .');
  });
  it('adds tags, a Dockerfile joined to the context, args, target and flags, quoted for a shell', () => {
    expect(
      buildCommand({
        context: '/src/my app',
        dockerfile: 'build/Containerfile',
        tags: ['a/b:1', ' ', 'a/b:latest'],
        buildArgs: [
          { key: 'GREETING', value: 'hej från berth' },
          { key: '', value: 'skipped' },
        ],
        target: 'base',
        pull: true,
        noCache: true,
      }),
    ).toBe(
      "docker build -t a/b:1 -t a/b:latest -f '/src/my app/build/Containerfile' --build-arg 'GREETING=hej från berth' --target base --pull --no-cache '/src/my app'",
    );
  });
  it('keeps an absolute Dockerfile path as it is', () => {
    expect(buildCommand({ context: '/ctx', dockerfile: '/elsewhere/Dockerfile' })).toBe(
      'docker build -f /elsewhere/Dockerfile /ctx',
    );
  });
});

describe('save, load and search commands', () => {
  it('builds docker save/load lines', () => {
    expect(saveCommand(['a:1', 'b:2'], 'a_1.tar')).toBe('docker save -o a_1.tar a:1 b:2');
    expect(loadCommand('my images.tar')).toBe("docker load -i 'my images.tar'");
  });
  it('builds docker search with filters', () => {
    expect(searchCommand('nginx')).toBe('docker search nginx');
    expect(searchCommand('nginx', { officialOnly: true, minStars: 100, limit: 10 })).toBe(
      'docker search --filter is-official=true --filter stars=100 --limit 10 nginx',
    );
  });
});

describe('saveFileName', () => {
  it('is <repo>_<tag>.tar, safe for a file system', () => {
    expect(saveFileName('busybox')).toBe('busybox_latest.tar');
    expect(saveFileName('berth-test/busybox:latest')).toBe('berth-test_busybox_latest.tar');
    expect(saveFileName('127.0.0.1:5000/team/app:1.2')).toBe('127.0.0.1_5000_team_app_1.2.tar');
    expect(saveFileName(`sha256:${'0123456789ab'.repeat(5)}abcd`)).toBe('0123456789ab.tar');
  });
});
