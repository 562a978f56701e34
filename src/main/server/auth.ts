// Web mode's gate. The token travels only in the WebSocket handshake (`?token=` on the upgrade;
// never a cookie, which every port of the host would receive); the upgrade must come from the
// served origin; every request must name an allowlisted Host (DNS rebinding).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FailureLimiter } from './rate-limit';

export const MIN_TOKEN_LENGTH = 32;

export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Why a token given by the operator (BERTH_TOKEN) is refused, or null when it is strong enough. */
export function weakTokenReason(token: string): string | null {
  if (token.length < MIN_TOKEN_LENGTH) {
    return `BERTH_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters (it gives root on this host); unset it to get a random one.`;
  }
  if (!/^[\x21-\x7e]+$/.test(token)) return 'BERTH_TOKEN must be printable ASCII without spaces.';
  return null;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token from the upgrade's `?token=`; no other place is read. */
export function presentedToken(req: IncomingMessage): string | null {
  const url = new URL(req.url ?? '/', 'http://placeholder');
  return url.searchParams.get('token') || null;
}

export function hasValidToken(req: IncomingMessage, token: string): boolean {
  const given = presentedToken(req);
  return given !== null && sameToken(given, token);
}

/**
 * Host headers a browser may send: the bound address (unless a wildcard), localhost and
 * 127.0.0.1 with the port, and the operator's `--allow-host` names (as given, and with the port
 * when they carry none).
 */
export function allowedHosts(boundHost: string, port: number, extra: readonly string[] = []): Set<string> {
  const names = new Set(['localhost', '127.0.0.1']);
  if (boundHost !== '0.0.0.0' && boundHost !== '::') {
    names.add(boundHost.includes(':') ? `[${boundHost}]` : boundHost);
  }
  const hosts = new Set<string>();
  for (const name of names) {
    hosts.add(`${name}:${port}`.toLowerCase());
    if (port === 80) hosts.add(name.toLowerCase());
  }
  for (const name of extra) {
    const lower = name.toLowerCase();
    hosts.add(lower);
    if (!/:\d+$/.test(lower)) hosts.add(`${lower}:${port}`);
  }
  return hosts;
}

/** The origins the UI is served from: each allowed Host, over http or https (a TLS proxy). */
export function allowedOrigins(hosts: Set<string>): Set<string> {
  const origins = new Set<string>();
  for (const host of hosts) {
    origins.add(`http://${host}`);
    origins.add(`https://${host}`);
  }
  return origins;
}

export type GateStatus = 401 | 403 | 404 | 429;
export type GateResult = { ok: true } | { ok: false; status: GateStatus; message: string };

const UNEXPECTED_HOST: GateResult = { ok: false, status: 403, message: 'Forbidden: unexpected Host header.' };

export function checkHost(req: IncomingMessage, hosts: Set<string>): GateResult {
  const host = (req.headers.host ?? '').toLowerCase();
  return hosts.has(host) ? { ok: true } : UNEXPECTED_HOST;
}

export interface UpgradeGate {
  token: string;
  hosts: Set<string>;
  origins: Set<string>;
  limiter: FailureLimiter;
}

/**
 * The WebSocket upgrade: Host, then Origin (browsers always send it; a client that sends none is
 * not a page, and still needs the token), then the rate limit, then the token.
 */
export function checkUpgrade(req: IncomingMessage, gate: UpgradeGate): GateResult {
  const host = checkHost(req, gate.hosts);
  if (!host.ok) return host;
  const origin = req.headers.origin;
  if (origin !== undefined && !gate.origins.has(origin.toLowerCase())) {
    return { ok: false, status: 403, message: 'Forbidden: this page may not use Berth.' };
  }
  const address = req.socket?.remoteAddress ?? 'unknown';
  if (gate.limiter.blocked(address)) {
    return { ok: false, status: 429, message: 'Too many wrong tokens; try again in a minute.' };
  }
  if (!hasValidToken(req, gate.token)) {
    // Only a wrong token counts: a page that sends none is not guessing.
    if (presentedToken(req) !== null && gate.limiter.fail(address)) {
      return { ok: false, status: 429, message: 'Too many wrong tokens; try again in a minute.' };
    }
    return { ok: false, status: 401, message: 'Unauthorized: open the URL that `berth serve` printed.' };
  }
  return { ok: true };
}
