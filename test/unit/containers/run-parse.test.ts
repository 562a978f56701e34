// The Run form's parsers: docker's own syntax for ports, .env blocks, memory, CPUs and quoting.
import { describe, expect, it } from 'vitest';
import { parseCpus, parseEnvBlock, parseMemory, parsePort, splitCommand } from '@shared/api/run-parse';

describe('parsePort', () => {
  it.each([
    ['80', { hostIp: '', hostPort: null, containerPort: 80, protocol: 'tcp' }],
    ['8080:80', { hostIp: '', hostPort: 8080, containerPort: 80, protocol: 'tcp' }],
    ['127.0.0.1:8080:80/udp', { hostIp: '127.0.0.1', hostPort: 8080, containerPort: 80, protocol: 'udp' }],
    ['127.0.0.1::53/udp', { hostIp: '127.0.0.1', hostPort: null, containerPort: 53, protocol: 'udp' }],
    ['[::1]:8443:443', { hostIp: '::1', hostPort: 8443, containerPort: 443, protocol: 'tcp' }],
    [' 5000:5000/sctp ', { hostIp: '', hostPort: 5000, containerPort: 5000, protocol: 'sctp' }],
  ])('reads %s', (text, expected) => {
    expect(parsePort(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['70000:80', 'portRange'],
    ['8080:0', 'portRange'],
    ['8080:80/icmp', 'portProtocol'],
    ['abc', 'portFormat'],
    ['8080:', 'portFormat'],
    ['1:2:3:4', 'portFormat'],
    ['localhost:8080:80', 'portIp'],
    ['', 'portFormat'],
  ])('refuses %s with %s', (text, error) => {
    expect(parsePort(text)).toEqual({ ok: false, error });
  });
});

describe('parseEnvBlock', () => {
  it('reads KEY=value lines, skipping comments and blanks, with export and quotes', () => {
    const block = [
      '# database',
      'DB_HOST=localhost',
      '',
      'export DB_PORT=5432',
      'GREETING="hello world"',
      "SINGLE='a # not a comment'",
      'EMPTY=',
      'TRAILING=value # comment',
      'WITH_EQ=a=b',
    ].join('\n');
    expect(parseEnvBlock(block)).toEqual({
      rows: [
        { key: 'DB_HOST', value: 'localhost' },
        { key: 'DB_PORT', value: '5432' },
        { key: 'GREETING', value: 'hello world' },
        { key: 'SINGLE', value: 'a # not a comment' },
        { key: 'EMPTY', value: '' },
        { key: 'TRAILING', value: 'value' },
        { key: 'WITH_EQ', value: 'a=b' },
      ],
      badLines: [],
    });
  });

  it('reports malformed lines by number', () => {
    const result = parseEnvBlock('GOOD=1\nno equals sign\n=value\nBAD KEY=1\r\nALSO_GOOD=2');
    expect(result.rows.map((row) => row.key)).toEqual(['GOOD', 'ALSO_GOOD']);
    expect(result.badLines).toEqual([2, 3, 4]);
  });
});

describe('parseMemory', () => {
  it.each([
    ['512m', 512 * 1024 ** 2],
    ['1g', 1024 ** 3],
    ['1.5G', 1.5 * 1024 ** 3],
    ['65536k', 64 * 1024 ** 2],
    ['100MB', 100 * 1024 ** 2],
    ['1GiB', 1024 ** 3],
    ['10485760', 10 * 1024 ** 2],
  ])('reads %s', (text, bytes) => {
    expect(parseMemory(text)).toEqual({ ok: true, value: bytes });
  });

  it('refuses unknown units and limits below what the engine accepts', () => {
    expect(parseMemory('512x')).toEqual({ ok: false, error: 'memoryUnit' });
    expect(parseMemory('lots')).toEqual({ ok: false, error: 'memoryUnit' });
    expect(parseMemory('1m')).toEqual({ ok: false, error: 'memoryMin' });
  });
});

describe('parseCpus', () => {
  it('reads decimal CPUs as nano-CPUs', () => {
    expect(parseCpus('1.5')).toEqual({ ok: true, value: 1_500_000_000 });
    expect(parseCpus('0.25')).toEqual({ ok: true, value: 250_000_000 });
  });
  it('refuses zero, negatives and words', () => {
    for (const text of ['0', '-1', 'two', '1.2.3'])
      expect(parseCpus(text)).toEqual({ ok: false, error: 'cpusFormat' });
  });
});

describe('splitCommand', () => {
  it.each([
    ['sleep 300', ['sleep', '300']],
    ['  sh   -c  "echo hello; ls"  ', ['sh', '-c', 'echo hello; ls']],
    [`echo 'it''s' "a \\"quoted\\" word"`, ['echo', 'its', 'a "quoted" word']],
    ['echo a\\ b', ['echo', 'a b']],
    ['echo "" \'\'', ['echo', '', '']],
    ["printf '%s\\n' $HOME", ['printf', '%s\\n', '$HOME']],
    ['', []],
  ])('splits %s', (text, words) => {
    expect(splitCommand(text)).toEqual({ ok: true, value: words });
  });

  it('reports unbalanced quotes and a trailing backslash', () => {
    expect(splitCommand('echo "open')).toEqual({ ok: false, error: 'commandQuote' });
    expect(splitCommand("echo 'open")).toEqual({ ok: false, error: 'commandQuote' });
    expect(splitCommand('echo \\')).toEqual({ ok: false, error: 'commandEscape' });
  });
});
