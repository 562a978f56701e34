import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  TOKEN_COOKIE,
  allowedHosts,
  checkRequest,
  hasValidToken,
  newToken,
  presentedToken,
} from '../../../src/main/server/auth';

const PORT = 47_123;
const token = 'secret-token_ABC';

function req(url: string, headers: Record<string, string> = {}): IncomingMessage {
  return { url, headers: { host: `127.0.0.1:${PORT}`, ...headers } } as unknown as IncomingMessage;
}

describe('newToken', () => {
  it('makes distinct URL-safe tokens', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newToken()).not.toBe(a);
  });
});

describe('presentedToken', () => {
  it('reads ?token= from the URL', () => {
    expect(presentedToken(req(`/trpc/ping?batch=1&token=${token}`))).toBe(token);
  });

  it('reads a bearer token', () => {
    expect(presentedToken(req('/', { authorization: `Bearer ${token}` }))).toBe(token);
    expect(presentedToken(req('/', { authorization: `Basic ${token}` }))).toBeNull();
  });

  it('reads and decodes the cookie among others', () => {
    const cookie = `theme=dark; ${TOKEN_COOKIE}=a%2Bb%3Dc==; other=1`;
    expect(presentedToken(req('/', { cookie }))).toBe('a+b=c==');
  });

  it('ignores cookies whose name only resembles the token cookie', () => {
    expect(presentedToken(req('/', { cookie: `x${TOKEN_COOKIE}=nope; ${TOKEN_COOKIE}x=nope` }))).toBeNull();
  });

  it('prefers the query over the header and cookie', () => {
    const r = req(`/?token=q`, { authorization: 'Bearer h', cookie: `${TOKEN_COOKIE}=c` });
    expect(presentedToken(r)).toBe('q');
    expect(presentedToken(req('/', { authorization: 'Bearer h', cookie: `${TOKEN_COOKIE}=c` }))).toBe('h');
  });

  it('returns null when no token is presented', () => {
    expect(presentedToken(req('/'))).toBeNull();
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

describe('allowedHosts', () => {
  it('allows the bound address, localhost and 127.0.0.1 with the port', () => {
    expect(allowedHosts('127.0.0.1', PORT)).toEqual(new Set([`127.0.0.1:${PORT}`, `localhost:${PORT}`]));
  });

  it('adds a bracketed form for an IPv6 bound address', () => {
    expect(allowedHosts('::1', PORT).has(`[::1]:${PORT}`)).toBe(true);
  });

  it('allows hosts without a port only on port 80', () => {
    expect(allowedHosts('192.168.1.10', 80).has('192.168.1.10')).toBe(true);
    expect(allowedHosts('192.168.1.10', PORT).has('192.168.1.10')).toBe(false);
  });

  it('lower-cases names', () => {
    expect(allowedHosts('MyBox.LAN', PORT).has(`mybox.lan:${PORT}`)).toBe(true);
  });
});

describe('checkRequest', () => {
  const hosts = allowedHosts('127.0.0.1', PORT);

  it('lets a request with a valid token through, whichever way it is presented', () => {
    expect(checkRequest(req(`/?token=${token}`), token, hosts)).toEqual({ ok: true });
    expect(checkRequest(req('/', { authorization: `Bearer ${token}` }), token, hosts)).toEqual({ ok: true });
    expect(checkRequest(req('/', { cookie: `${TOKEN_COOKIE}=${token}` }), token, hosts)).toEqual({
      ok: true,
    });
  });

  it('accepts localhost and 127.0.0.1 with the port, in any case', () => {
    for (const host of [`localhost:${PORT}`, `127.0.0.1:${PORT}`, `LOCALHOST:${PORT}`]) {
      expect(checkRequest(req(`/?token=${token}`, { host }), token, hosts)).toEqual({ ok: true });
    }
  });

  it('answers 401 for a wrong or missing token', () => {
    for (const r of [req('/?token=wrong'), req('/', { authorization: 'Bearer wrong' }), req('/')]) {
      expect(checkRequest(r, token, hosts)).toMatchObject({ ok: false, status: 401 });
    }
  });

  it('answers 403 for a foreign Host header, even with a valid token (DNS rebinding)', () => {
    for (const host of [`evil.example:${PORT}`, 'localhost', `localhost:${PORT + 1}`]) {
      expect(checkRequest(req(`/?token=${token}`, { host }), token, hosts)).toMatchObject({
        ok: false,
        status: 403,
        message: 'Forbidden: unexpected Host header.',
      });
    }
  });

  it('answers 403 when the Host header is missing', () => {
    const r = { url: `/?token=${token}`, headers: {} } as unknown as IncomingMessage;
    expect(checkRequest(r, token, hosts)).toMatchObject({ ok: false, status: 403 });
  });

  it('accepts [::1]:port when bound to ::1', () => {
    const v6 = allowedHosts('::1', PORT);
    expect(checkRequest(req(`/?token=${token}`, { host: `[::1]:${PORT}` }), token, v6)).toEqual({ ok: true });
    expect(checkRequest(req(`/?token=${token}`, { host: `[::2]:${PORT}` }), token, v6)).toMatchObject({
      status: 403,
    });
  });
});
