// A registry's answers must not send Berth's backend elsewhere: redirects are refused, a token
// realm must be the registry's own host or domain, and a next-page link must stay on the registry.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTags, nextLink, realmAllowed } from '@core/images/registry-tags';

describe('realmAllowed', () => {
  const allowed = (realm: string, registry: string, secure = true) =>
    realmAllowed(new URL(realm), registry, secure);

  it('trusts the registry itself and its own domain', () => {
    expect(allowed('https://auth.docker.io/token', 'registry-1.docker.io')).toBe(true);
    expect(allowed('https://gitlab.com/jwt/auth', 'registry.gitlab.com')).toBe(true);
    expect(allowed('https://ghcr.io/token', 'ghcr.io')).toBe(true);
    expect(allowed('https://quay.io:8443/v2/auth', 'quay.io')).toBe(true);
    expect(allowed('http://127.0.0.1:5001/token', '127.0.0.1:5000', false)).toBe(true);
  });

  it('refuses other hosts, plain http away from the registry, and public suffixes', () => {
    expect(allowed('https://169.254.169.254/latest/meta-data', 'registry.example.com')).toBe(false);
    expect(allowed('http://127.0.0.1:1/token', 'evil.example.com')).toBe(false);
    expect(allowed('http://auth.docker.io/token', 'registry-1.docker.io')).toBe(false);
    expect(allowed('http://ghcr.io/token', 'ghcr.io')).toBe(false);
    expect(allowed('https://victim.co.uk/token', 'evil.co.uk')).toBe(false);
    expect(allowed('https://bank.co.uk/token', 'registry.evil.co.uk')).toBe(false);
    expect(allowed('https://example.com/token', 'ghcr.io')).toBe(false);
    expect(allowed('https://127.0.0.2/token', '127.0.0.1:5000')).toBe(false);
    expect(allowed('file:///etc/passwd', 'ghcr.io')).toBe(false);
    expect(allowed('https://user:pw@ghcr.io/token', 'ghcr.io')).toBe(false);
  });
});

describe('nextLink', () => {
  it('follows only links on the same registry', () => {
    expect(nextLink('<http://127.0.0.1:1/v2/x/tags/list?last=a>; rel="next"', 'http://h:5000')).toBeNull();
    expect(nextLink('<//other/v2/x>; rel="next"', 'https://h')).toBeNull();
    expect(nextLink('</v2/x/tags/list?last=a>; rel="next"', 'https://h')).toBe(
      'https://h/v2/x/tags/list?last=a',
    );
  });
});

describe('listTags against a hostile registry', () => {
  let registry: Server;
  let elsewhere: Server;
  let host = '';
  let other = '';
  const hitsElsewhere: string[] = [];

  beforeAll(async () => {
    elsewhere = createServer((req, res) => {
      hitsElsewhere.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"token":"t","tags":["stolen"]}');
    });
    registry = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/v2/redirect/tags/list') {
        res.writeHead(302, { location: `http://${other}/v2/x/tags/list` });
        return res.end();
      }
      if (url.pathname === '/v2/realm/tags/list') {
        res.writeHead(401, { 'www-authenticate': `Bearer realm="http://${other}/token",service="s"` });
        return res.end();
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    // "localhost" is another host name than 127.0.0.1 for the realm rule, and reaches `elsewhere`.
    other = `localhost:${(elsewhere.address() as AddressInfo).port}`;
    await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(registry.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => registry.close(() => resolve()));
    await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
  });

  it('does not follow a redirect', async () => {
    await expect(listTags(`${host}/redirect`)).rejects.toThrow(/Cannot list tags/);
    expect(hitsElsewhere).toEqual([]);
  });

  it('does not ask a token service on another host', async () => {
    await expect(listTags(`${host}/realm`)).rejects.toThrow(/only asks the registry itself/);
    expect(hitsElsewhere).toEqual([]);
  });
});
