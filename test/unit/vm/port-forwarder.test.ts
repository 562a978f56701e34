import { mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { publishedPorts } from '@core/vm/qemu/port-forwarder';
import { cleanLine, tailLines } from '@core/vm/log-file';

describe('publishedPorts', () => {
  it('lists each published host port once, for all-interface and loopback binds', () => {
    const ports = publishedPorts([
      {
        Ports: [
          { IP: '0.0.0.0', PublicPort: 8080, Type: 'tcp' },
          { IP: '::', PublicPort: 8080, Type: 'tcp' },
        ],
      },
      {
        Ports: [
          { IP: '127.0.0.1', PublicPort: 5353, Type: 'udp' },
          { PublicPort: undefined, Type: 'tcp' },
        ],
      },
      {
        Ports: [
          { IP: '10.1.2.3', PublicPort: 9000, Type: 'tcp' },
          { IP: '0.0.0.0', PublicPort: 1, Type: 'sctp' },
        ],
      },
      {},
    ]);
    expect(ports).toEqual([
      { proto: 'tcp', port: 8080 },
      { proto: 'udp', port: 5353 },
    ]);
  });
});

describe('log files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'berth-log-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('returns the last lines without terminal escapes', () => {
    const file = join(dir, 'console.log');
    writeFileSync(file, 'one\r\n\u001b[0;32mtwo\u001b[0m\r\n');
    appendFileSync(file, 'three\n');
    expect(tailLines(file, 2)).toEqual(['two', 'three']);
    expect(tailLines(join(dir, 'missing.log'), 5)).toEqual([]);
    expect(cleanLine('\u001b[?25lx\r')).toBe('x');
  });
});
