import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  allowedHosts,
  allowedOrigins,
  checkHost,
  checkUpgrade,
  hasValidToken,
  newToken,
  presentedToken,
  weakTokenReason,
  type UpgradeGate,
} from '@server/auth';
import { FailureLimiter } from '@server/rate-limit';

const PORT = 47_123;
const token = 'secret-token_ABCDEFGHIJKLMNOPQRSTUVWX';

function req(url: string, headers: Record<string, string> = {}, address = '127.0.0.1'): IncomingMessage {
  return {
    url,
    headers: { host: `127.0.0.1:${PORT}`, ...headers },
    socket: { remoteAddress: address },
  } as unknown as IncomingMessage;
}

function gate(limiter = new FailureLimiter()): UpgradeGate {
  const hosts = allowedHosts('127.0.0.1', PORT);
  return { token, hosts, origins: allowedOrigins(hosts), limiter };
}

describe('newToken and weakTokenReason', () => {
  it('makes distinct URL-safe tokens long enough to be accepted', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newToken()).not.toBe(a);
    expect(weakTokenReason(a)).toBeNull();
  });

  it('refuses a token shorter than 32 characters, or with spaces or control characters', () => {
    expect(weakTokenReason('x'.repeat(31))).toMatch(/at least 32 characters/);
    expect(weakTokenReason('hunter2')).toMatch(/at least 32 characters/);
    expect(weakTokenReason(`${'x'.repeat(32)} y`)).toMatch(/printable/);
    expect(weakTokenReason(`${'x'.repeat(32)}\n`)).toMatch(/printable/);
    expect(weakTokenReason('x'.repeat(32))).toBeNull();
  });
});

describe('presentedToken', () => {
  it('reads ?token= from the handshake URL, and nothing else', () => {
    expect(presentedToken(req(`/trpc?token=${token}`))).toBe(token);
    expect(presentedToken(req('/trpc', { authorization: `Bearer ${token}` }))).toBeNull();
    expect(presentedToken(req('/trpc', { cookie: `berth_token=${token}` }))).toBeNull();
    expect(presentedToken(req('/?token='))).toBeNull();
  });
});

describe('hasValidToken', () => {
  it('accepts only the exact token', () => {
    expect(hasValidToken(req(`/?token=${token}`), token)).toBe(true);
    expect(hasValidToken(req(`/?token=${token}x`), token)).toBe(false);
    expect(hasValidToken(req(`/?token=${token.slice(0, -1)}`), token)).toBe(false);
    expect(hasValidToken(req(`/?token=${token.toUpperCase()}`), token)).toBe(false);
    expect(hasValidToken(req('/'), token)).toBe(false);
  });
});

describe('allowedHosts and allowedOrigins', () => {
  it('allows the bound address, localhost and 127.0.0.1 with the port', () => {
    expect(allowedHosts('127.0.0.1', PORT)).toEqual(new Set([`127.0.0.1:${PORT}`, `localhost:${PORT}`]));
  });

  it('adds a bracketed form for an IPv6 bound address, and never a wildcard', () => {
    expect(allowedHosts('::1', PORT).has(`[::1]:${PORT}`)).toBe(true);
    expect(allowedHosts('0.0.0.0', PORT).has(`0.0.0.0:${PORT}`)).toBe(false);
  });

  it('allows hosts without a port only on port 80', () => {
    expect(allowedHosts('192.168.1.10', 80).has('192.168.1.10')).toBe(true);
    expect(allowedHosts('192.168.1.10', PORT).has('192.168.1.10')).toBe(false);
  });

  it('adds --allow-host names as given and with the port, lower-cased', () => {
    const hosts = allowedHosts('0.0.0.0', PORT, ['Berth.Example.com', 'box.lan:9000']);
    expect(hosts.has('berth.example.com')).toBe(true);
    expect(hosts.has(`berth.example.com:${PORT}`)).toBe(true);
    expect(hosts.has('box.lan:9000')).toBe(true);
    expect(hosts.has(`box.lan:9000:${PORT}`)).toBe(false);
  });

  it('serves origins over http and https for exactly those hosts', () => {
    const origins = allowedOrigins(allowedHosts('127.0.0.1', PORT));
    expect(origins.has(`http://127.0.0.1:${PORT}`)).toBe(true);
    expect(origins.has(`https://localhost:${PORT}`)).toBe(true);
    expect(origins.has(`http://127.0.0.1:${PORT + 1}`)).toBe(false);
    expect(origins.has('http://127.0.0.1')).toBe(false);
  });
});

describe('checkHost', () => {
  const hosts = allowedHosts('127.0.0.1', PORT);

  it('accepts localhost and 127.0.0.1 with the port, in any case', () => {
    for (const host of [`localhost:${PORT}`, `127.0.0.1:${PORT}`, `LOCALHOST:${PORT}`]) {
      expect(checkHost(req('/', { host }), hosts)).toEqual({ ok: true });
    }
  });

  it('answers 403 for a foreign or missing Host header (DNS rebinding)', () => {
    for (const host of [`evil.example:${PORT}`, 'localhost', `localhost:${PORT + 1}`]) {
      expect(checkHost(req('/', { host }), hosts)).toMatchObject({ ok: false, status: 403 });
    }
    const bare = { url: '/', headers: {} } as unknown as IncomingMessage;
    expect(checkHost(bare, hosts)).toMatchObject({ ok: false, status: 403 });
  });
});

describe('checkUpgrade', () => {
  it('lets in the served origin with the token, and a client that sends no Origin', () => {
    const g = gate();
    const origin = `http://127.0.0.1:${PORT}`;
    expect(checkUpgrade(req(`/trpc?token=${token}`, { origin }), g)).toEqual({ ok: true });
    expect(checkUpgrade(req(`/trpc?token=${token}`, { origin: `http://localhost:${PORT}` }), g)).toEqual({
      ok: true,
    });
    expect(checkUpgrade(req(`/trpc?token=${token}`), g)).toEqual({ ok: true });
  });

  it('refuses another port or host as Origin even with the token (403)', () => {
    const g = gate();
    for (const origin of [
      `http://127.0.0.1:${PORT + 1}`,
      `http://localhost:8080`,
      'http://evil.example',
      'null',
      `http://127.0.0.1:${PORT}.evil.example`,
    ]) {
      expect(checkUpgrade(req(`/trpc?token=${token}`, { origin }), g)).toMatchObject({
        ok: false,
        status: 403,
      });
    }
  });

  it('answers 401 without the token or with a wrong one, and never reads a cookie', () => {
    const g = gate();
    expect(checkUpgrade(req('/trpc'), g)).toMatchObject({ ok: false, status: 401 });
    expect(checkUpgrade(req('/trpc?token=wrong'), g)).toMatchObject({ ok: false, status: 401 });
    expect(checkUpgrade(req('/trpc', { cookie: `berth_token=${token}` }), g)).toMatchObject({
      status: 401,
    });
  });

  it('after 10 wrong tokens in a minute answers 429 to that address, right token or not, for a while', () => {
    let now = 1_000_000;
    const g = gate(new FailureLimiter({ now: () => now }));
    for (let i = 0; i < 9; i++) {
      expect(checkUpgrade(req('/trpc?token=guess', {}, '10.0.0.5'), g)).toMatchObject({ status: 401 });
      now += 1000;
    }
    expect(checkUpgrade(req('/trpc?token=guess', {}, '10.0.0.5'), g)).toMatchObject({ status: 429 });
    expect(checkUpgrade(req(`/trpc?token=${token}`, {}, '10.0.0.5'), g)).toMatchObject({ status: 429 });
    // Another address is not affected.
    expect(checkUpgrade(req(`/trpc?token=${token}`, {}, '10.0.0.6'), g)).toEqual({ ok: true });
    now += 61_000;
    expect(checkUpgrade(req(`/trpc?token=${token}`, {}, '10.0.0.5'), g)).toEqual({ ok: true });
  });

  it('does not count a missing token as a guess', () => {
    const g = gate(new FailureLimiter({ now: () => 0 }));
    for (let i = 0; i < 20; i++) expect(checkUpgrade(req('/trpc'), g)).toMatchObject({ status: 401 });
    expect(checkUpgrade(req(`/trpc?token=${token}`), g)).toEqual({ ok: true });
  });
});
