// The QMP client against a fake QEMU monitor on a local unix socket.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QmpClient, QmpError } from '@core/vm/qmp-client';

let dir: string;
let server: Server;
let path: string;
const received: Array<Record<string, unknown>> = [];
let peer: Socket | null = null;

/** A fake monitor: greets, answers by command, can emit events. */
function startFake(answer: (msg: Record<string, unknown>) => Record<string, unknown> | null): Promise<void> {
  server = createServer((socket) => {
    peer = socket;
    socket.write(
      '{"QMP": {"version": {"qemu": {"micro": 0, "minor": 2, "major": 7}}, "capabilities": []}}\r\n',
    );
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const msg = JSON.parse(buffer.slice(0, nl)) as Record<string, unknown>;
        buffer = buffer.slice(nl + 1);
        received.push(msg);
        const reply = answer(msg);
        if (reply) socket.write(`${JSON.stringify({ ...reply, id: msg.id })}\r\n`);
      }
    });
  });
  return new Promise((resolve) => server.listen(path, resolve));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'berth-qmp-'));
  path = join(dir, 'qmp.sock');
  received.length = 0;
  peer = null;
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('QmpClient', () => {
  it('negotiates capabilities, then matches answers to requests by id', async () => {
    await startFake((msg) => {
      if (msg.execute === 'query-status') return { return: { status: 'running', running: true } };
      if (msg.execute === 'query-name') return { return: { name: 'berth' } };
      return { return: {} };
    });
    const qmp = await QmpClient.connect(path);
    const [status, name] = await Promise.all([qmp.execute('query-status'), qmp.execute('query-name')]);
    expect(received[0]).toMatchObject({ execute: 'qmp_capabilities' });
    expect(status).toEqual({ status: 'running', running: true });
    expect(name).toEqual({ name: 'berth' });
    qmp.close();
  });

  it('rejects with the error class and description QEMU sends', async () => {
    await startFake((msg) =>
      msg.execute === 'nope'
        ? { error: { class: 'CommandNotFound', desc: 'The command nope has not been found' } }
        : { return: {} },
    );
    const qmp = await QmpClient.connect(path);
    const error = await qmp.execute('nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QmpError);
    expect((error as QmpError).errorClass).toBe('CommandNotFound');
    qmp.close();
  });

  it('runs HMP commands and turns their error text into a rejection', async () => {
    await startFake((msg) => {
      if (msg.execute !== 'human-monitor-command') return { return: {} };
      const line = (msg.arguments as { 'command-line': string })['command-line'];
      if (line.startsWith('savevm')) return { return: '' };
      return { return: 'Error: Device has no snapshot\r\n' };
    });
    const qmp = await QmpClient.connect(path);
    await expect(qmp.hmp('savevm berth')).resolves.toBe('');
    await expect(qmp.hmp('loadvm berth')).rejects.toThrow(/no snapshot/);
    expect(received.at(-1)).toMatchObject({ arguments: { 'command-line': 'loadvm berth' } });
    qmp.close();
  });

  it('delivers events and waits for a named one', async () => {
    await startFake(() => ({ return: {} }));
    const qmp = await QmpClient.connect(path);
    const seen: string[] = [];
    qmp.onEvent((e) => seen.push(e.event));
    const shutdown = qmp.waitForEvent('SHUTDOWN', 5000);
    peer!.write('{"event": "POWERDOWN", "timestamp": {"seconds": 1, "microseconds": 2}}\r\n');
    peer!.write(
      '{"event": "SHUTDOWN", "data": {"guest": true}, "timestamp": {"seconds": 1, "microseconds": 3}}\r\n',
    );
    await expect(shutdown).resolves.toMatchObject({ event: 'SHUTDOWN', data: { guest: true } });
    expect(seen).toEqual(['POWERDOWN', 'SHUTDOWN']);
    qmp.close();
  });

  it('fails pending requests when QEMU goes away', async () => {
    await startFake((msg) => (msg.execute === 'qmp_capabilities' ? { return: {} } : null));
    const qmp = await QmpClient.connect(path);
    const pending = qmp.execute('quit');
    await new Promise((r) => setImmediate(r));
    peer!.destroy();
    await expect(pending).rejects.toThrow(/closed/);
    expect(qmp.isClosed).toBe(true);
    await expect(qmp.execute('query-status')).rejects.toThrow();
  });
});
