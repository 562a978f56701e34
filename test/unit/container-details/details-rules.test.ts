// Pure rules of the details page: which environment values are masked, `--since` parsing,
// log batches grouped per stream and capped, and the docker command lines shown.
import { describe, expect, it } from 'vitest';
import { joinRuns } from '@core/containers/logs';
import { isSecretKey, logSinceSchema, logSinceToUnix, splitEnv } from '@shared/api/container-details';
import { execCommand, logsCommand, topCommand } from '@shared/cli/details-commands';
import { renderRuns } from '@renderer/features/container-details/tabs/log-writer';

describe('secret masking', () => {
  it.each([
    'DB_PASSWORD',
    'password',
    'GITHUB_TOKEN',
    'tokenValue',
    'AWS_SECRET_ACCESS_KEY',
    'API_KEY',
    'apikey',
    'Secret',
  ])('masks %s', (key) => expect(isSecretKey(key)).toBe(true));
  it.each(['PATH', 'HOME', 'HOSTNAME', 'LANG', 'PORT', 'USER'])('shows %s', (key) =>
    expect(isSecretKey(key)).toBe(false),
  );
  it('splits KEY=value at the first =', () => {
    expect(splitEnv('A=b=c')).toEqual({ key: 'A', value: 'b=c' });
    expect(splitEnv('BARE')).toEqual({ key: 'BARE', value: '' });
  });
});

describe('--since', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');
  it('reads durations back from now', () => {
    expect(logSinceToUnix('10m', now)).toBe(String(now / 1000 - 600));
    expect(logSinceToUnix('1.5h', now)).toBe(String(now / 1000 - 5400));
    expect(logSinceToUnix('2d', now)).toBe(String(now / 1000 - 172800));
  });
  it('reads dates and unix seconds, and nothing for empty', () => {
    expect(logSinceToUnix('2024-05-01T11:00:00Z', now)).toBe(String(now / 1000 - 3600));
    expect(logSinceToUnix('1714560000', now)).toBe('1714560000');
    expect(logSinceToUnix('', now)).toBeNull();
  });
  it('validates what the user typed', () => {
    expect(logSinceSchema.safeParse('10m').success).toBe(true);
    expect(logSinceSchema.safeParse('2024-05-01T10:00:00Z').success).toBe(true);
    expect(logSinceSchema.safeParse('ten minutes').success).toBe(false);
  });
});

describe('joinRuns', () => {
  it('joins consecutive blocks of one stream, keeping the order of streams', () => {
    const block = (stream: 'stdout' | 'stderr', text: string) => ({ stream, text, lines: 1 });
    const blocks = [
      block('stdout', 'a\n'),
      block('stdout', 'b\n'),
      block('stderr', 'c\n'),
      block('stdout', 'd\n'),
    ];
    expect(joinRuns(blocks)).toEqual([
      { stream: 'stdout', text: 'a\nb\n', lines: 2 },
      { stream: 'stderr', text: 'c\n', lines: 1 },
      { stream: 'stdout', text: 'd\n', lines: 1 },
    ]);
    // The blocks themselves are not changed (they may be held elsewhere).
    expect(blocks[0]).toEqual(block('stdout', 'a\n'));
  });
});

describe('docker command lines', () => {
  it('builds logs, exec and top lines', () => {
    expect(logsCommand('web', { follow: true, tail: 1000, since: '10m', timestamps: true })).toBe(
      'docker logs --follow --tail 1000 --since 10m --timestamps web',
    );
    expect(logsCommand('web', { follow: false, tail: null, since: '', timestamps: false })).toBe(
      'docker logs web',
    );
    expect(execCommand('web', 'sh', '')).toBe('docker exec -it web sh');
    expect(execCommand('web', 'sh', 'root')).toBe('docker exec -it -u root web sh');
    expect(execCommand('web', 'bash', '1000:1000')).toBe('docker exec -it -u 1000:1000 web bash');
    expect(topCommand('my app')).toBe("docker top 'my app'");
  });
});

describe('renderRuns (what one batch writes to xterm)', () => {
  it('writes stdout as is and wraps each stderr line in red, keeping the line’s own colours', () => {
    expect(
      renderRuns([
        { stream: 'stdout', text: 'a\n\u001b[32mgreen\u001b[0m\n', lines: 2 },
        { stream: 'stderr', text: 'oops\nagain\n', lines: 2 },
      ]),
    ).toBe('a\n\u001b[32mgreen\u001b[0m\n\u001b[31moops\u001b[39m\n\u001b[31magain\u001b[39m\n');
    expect(renderRuns([])).toBe('');
  });
});
