// Web mode's gate: a token on every request and WebSocket, and a Host allowlist against DNS rebinding.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'berth_token';

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token from `?token=`, `Authorization: Bearer`, or the cookie set on first visit. */
export function presentedToken(req: IncomingMessage): string | null {
  const url = new URL(req.url ?? '/', 'http://placeholder');
  const fromQuery = url.searchParams.get('token');
  if (fromQuery) return fromQuery;
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length);
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name !== TOKEN_COOKIE) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return null; // A malformed cookie is no token, not a crash.
    }
  }
  return null;
}

export function hasValidToken(req: IncomingMessage, token: string): boolean {
  const given = presentedToken(req);
  return given !== null && sameToken(given, token);
}

/** Hosts a browser may name: the bound address, localhost and 127.0.0.1 (each with the port). */
export function allowedHosts(boundHost: string, port: number): Set<string> {
  const names = new Set([boundHost, 'localhost', '127.0.0.1']);
  if (boundHost.includes(':')) names.add(`[${boundHost}]`);
  const hosts = new Set<string>();
  for (const name of names) {
    hosts.add(`${name}:${port}`.toLowerCase());
    if (port === 80) hosts.add(name.toLowerCase());
  }
  return hosts;
}

export type GateResult = { ok: true } | { ok: false; status: 401 | 403; message: string };

export function checkRequest(req: IncomingMessage, token: string, hosts: Set<string>): GateResult {
  const host = (req.headers.host ?? '').toLowerCase();
  if (!hosts.has(host)) return { ok: false, status: 403, message: 'Forbidden: unexpected Host header.' };
  if (!hasValidToken(req, token)) {
    return { ok: false, status: 401, message: 'Unauthorized: open the URL that `berth serve` printed.' };
  }
  return { ok: true };
}
