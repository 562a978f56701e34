// The host side of the VM control channel against a fake guest on a local unix socket.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodePath, GuestControl } from '@core/vm/guest-control';

let dir: string;
let server: Server;
let path: string;
const lines: string[] = [];

function fakeGuest(answer: (cmd: string, args: string[]) => string): Promise<void> {
  server = createServer((socket) => {
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        lines.push(line);
        const [id, cmd, ...args] = line.split(' ');
        socket.write(`${id} ${answer(cmd ?? '', args)}\n`);
      }
    });
  });
  return new Promise((resolve) => server.listen(path, resolve));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'berth-ctl-'));
  path = join(dir, 'control.sock');
  lines.length = 0;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('GuestControl', () => {
  it('sends the clock and mounts with base64 paths, one numbered request a line', async () => {
    await fakeGuest(() => 'ok');
    const control = await GuestControl.connect(path);
    await control.ready(2000);
    await control.setTime(1_700_000_000_123);
    await control.mount('share0', '/home/u/my project');
    expect(lines).toEqual([
      '1 ping',
      '2 time 1700000000.123',
      `3 mount share0 ${encodePath('/home/u/my project')}`,
    ]);
    control.close();
  });

  it("rejects with the guest's words", async () => {
    await fakeGuest((cmd) => (cmd === 'umount' ? 'err /home/u is in use' : 'ok'));
    const control = await GuestControl.connect(path);
    await expect(control.umount('/home/u')).rejects.toThrow('/home/u is in use');
    control.close();
  });

  it('refuses arguments that could break the line protocol', async () => {
    await fakeGuest(() => 'ok');
    const control = await GuestControl.connect(path);
    expect(() => control.request('mount', ['share0 extra'], 1000)).toThrow(/unsafe/);
    expect(() => control.request('mount', ['a\nb'], 1000)).toThrow(/unsafe/);
    control.close();
  });
});
