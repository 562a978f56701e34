// Pure rules of the details page: which environment values are masked, `--since` parsing,
// log batches grouped per stream and capped, and the docker command lines shown.
import { describe, expect, it } from 'vitest';
import { takeBatch } from '../../../src/main/core/containers/logs';
import {
  isSecretKey,
  logSinceSchema,
  logSinceToUnix,
  splitEnv,
} from '../../../src/shared/api/container-details';
import { execCommand, logsCommand, topCommand } from '../../../src/shared/cli/details-commands';
import { renderRuns } from '../../../src/renderer/features/container-details/tabs/log-writer';

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

describe('takeBatch', () => {
  it('groups consecutive lines of one stream into runs', () => {
    const queue = [
      { stream: 'stdout' as const, text: 'a' },
      { stream: 'stdout' as const, text: 'b' },
      { stream: 'stderr' as const, text: 'c' },
      { stream: 'stdout' as const, text: 'd' },
    ];
    expect(takeBatch(queue, 1000)).toEqual({
      runs: [
        { stream: 'stdout', lines: ['a', 'b'] },
        { stream: 'stderr', lines: ['c'] },
        { stream: 'stdout', lines: ['d'] },
      ],
      rest: [],
    });
  });
  it('caps a batch by size but always takes at least one line', () => {
    const queue = ['aaaa', 'bbbb', 'cccc'].map((text) => ({ stream: 'stdout' as const, text }));
    const first = takeBatch(queue, 9);
    expect(first.runs).toEqual([{ stream: 'stdout', lines: ['aaaa'] }]);
    expect(first.rest).toHaveLength(2);
    expect(takeBatch([{ stream: 'stdout', text: 'x'.repeat(50) }], 9).runs[0]!.lines).toHaveLength(1);
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
    expect(execCommand('web', 'sh', 'root')).toBe('docker exec -it web sh');
    expect(execCommand('web', 'bash', '1000:1000')).toBe('docker exec -it --user 1000:1000 web bash');
    expect(topCommand('my app')).toBe("docker top 'my app'");
  });
});

describe('renderRuns (what one batch writes to xterm)', () => {
  it('ends lines with CRLF and wraps stderr in red, keeping the line’s own colours', () => {
    expect(
      renderRuns([
        { stream: 'stdout', lines: ['a', '\u001b[32mgreen\u001b[0m'] },
        { stream: 'stderr', lines: ['oops'] },
      ]),
    ).toBe('a\r\n\u001b[32mgreen\u001b[0m\r\n\u001b[31moops\u001b[39m\r\n');
    expect(renderRuns([])).toBe('');
  });
});
