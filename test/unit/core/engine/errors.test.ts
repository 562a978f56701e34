import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeConnectError, engineMessage, withTimeout } from '@core/engine/errors';

const host = 'unix:///var/run/docker.sock';
const withCode = (code: string) => Object.assign(new Error(`connect ${code}`), { code });

describe('describeConnectError', () => {
  it('explains a missing socket', () => {
    expect(describeConnectError(withCode('ENOENT'), host)).toBe(
      `No Docker engine at ${host}: the socket does not exist. Is Docker running?`,
    );
  });

  it('explains a refused connection', () => {
    expect(describeConnectError(withCode('ECONNREFUSED'), 'tcp://h:2375')).toBe(
      'The Docker engine at tcp://h:2375 refused the connection. Is it running?',
    );
  });

  it('points at the docker group on permission errors', () => {
    for (const code of ['EACCES', 'EPERM']) {
      expect(describeConnectError(withCode(code), host)).toMatch(/^Permission denied on .*"docker" group/);
    }
  });

  it('names timeouts, resets and name resolution failures', () => {
    expect(describeConnectError(withCode('ETIMEDOUT'), host)).toMatch(/did not answer in time/);
    expect(describeConnectError(withCode('TIMEOUT'), host)).toMatch(/did not answer in time/);
    expect(describeConnectError(withCode('ECONNRESET'), host)).toMatch(/closed the connection/);
    expect(describeConnectError(withCode('EPIPE'), host)).toMatch(/closed the connection/);
    expect(describeConnectError(withCode('ENOTFOUND'), 'tcp://nowhere:2375')).toBe(
      'Cannot resolve the engine host in tcp://nowhere:2375.',
    );
    expect(describeConnectError(withCode('EAI_AGAIN'), host)).toMatch(/^Cannot resolve/);
  });

  it("falls back to the engine's own message for anything else", () => {
    expect(describeConnectError(new Error('(HTTP code 500) server error - boom '), host)).toBe(
      `Cannot reach the Docker engine at ${host}: boom`,
    );
    expect(describeConnectError(null, host)).toBe(`Cannot reach the Docker engine at ${host}: null`);
  });
});

describe('engineMessage', () => {
  it("strips docker-modem's HTTP prefix and trailing space", () => {
    expect(engineMessage(new Error('(HTTP code 404) no such container - No such container: x '))).toBe(
      'No such container: x',
    );
  });

  it('keeps dashes inside the engine message', () => {
    expect(engineMessage(new Error('(HTTP code 409) conflict - name "web-1" is in use - remove it '))).toBe(
      'name "web-1" is in use - remove it',
    );
  });

  it('prefers json.message when the engine sent one', () => {
    const error = Object.assign(new Error('(HTTP code 404) no such image - ignored '), {
      statusCode: 404,
      json: { message: 'No such image: ghost:latest' },
    });
    expect(engineMessage(error)).toBe('No such image: ghost:latest');
  });

  it('uses the plain message when json carries none', () => {
    expect(engineMessage(Object.assign(new Error(' socket hang up '), { json: null }))).toBe(
      'socket hang up',
    );
    expect(engineMessage(Object.assign(new Error('oops'), { json: {} }))).toBe('oops');
  });

  it('stringifies non-errors', () => {
    expect(engineMessage('just text')).toBe('just text');
    expect(engineMessage(undefined)).toBe('undefined');
  });
});

describe('withTimeout', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves with the value when the promise wins', async () => {
    await expect(withTimeout(Promise.resolve(42), 1000, 'ping')).resolves.toBe(42);
  });

  it('rejects with a TIMEOUT error when the promise is too slow', async () => {
    vi.useFakeTimers();
    const pending = withTimeout(new Promise<never>(() => {}), 500, 'ping');
    const outcome = expect(pending).rejects.toMatchObject({
      message: 'ping timed out after 500 ms',
      code: 'TIMEOUT',
    });
    await vi.advanceTimersByTimeAsync(499);
    let settled = false;
    pending.catch(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
  });

  it('passes errors through and wraps non-Error rejections', async () => {
    const error = new Error('engine down');
    await expect(withTimeout(Promise.reject(error), 1000, 'ping')).rejects.toBe(error);
    await expect(withTimeout(Promise.reject('bare string'), 1000, 'ping')).rejects.toThrow(
      new Error('bare string'),
    );
  });

  it('clears its timer once settled', async () => {
    vi.useFakeTimers();
    await withTimeout(Promise.resolve('ok'), 500, 'ping');
    expect(vi.getTimerCount()).toBe(0);
  });
});
