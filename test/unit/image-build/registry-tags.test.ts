// Header parsing and reference resolution, plus the bearer token flow against a small local HTTP
// registry that behaves like Docker Hub (401 + WWW-Authenticate, token endpoint, paginated tags).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTags, nextLink, parseWwwAuthenticate, resolveRepository } from '@core/images/registry-tags';

describe('parseWwwAuthenticate', () => {
  it('reads Docker Hub’s bearer challenge', () => {
    expect(
      parseWwwAuthenticate(
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/nginx:pull"',
      ),
    ).toEqual({
      scheme: 'Bearer',
      params: {
        realm: 'https://auth.docker.io/token',
        service: 'registry.docker.io',
        scope: 'repository:library/nginx:pull',
      },
    });
  });
  it('handles unquoted values, spaces after commas, escapes and Basic', () => {
    expect(
      parseWwwAuthenticate('Bearer realm=https://r/t, service="a \\"b\\"", scope="x:y,z:pull"').params,
    ).toEqual({
      realm: 'https://r/t',
      service: 'a "b"',
      scope: 'x:y,z:pull',
    });
    expect(parseWwwAuthenticate('Basic realm="Registry"')).toEqual({
      scheme: 'Basic',
      params: { realm: 'Registry' },
    });
  });
});

describe('resolveRepository', () => {
  it('sends short names to Docker Hub, with library/ for official images', () => {
    expect(resolveRepository('nginx')).toEqual({
      registry: 'registry-1.docker.io',
      repository: 'library/nginx',
      secure: true,
    });
    expect(resolveRepository('nginx:1.25')).toMatchObject({ repository: 'library/nginx' });
    expect(resolveRepository('bitnami/redis')).toMatchObject({
      registry: 'registry-1.docker.io',
      repository: 'bitnami/redis',
    });
    expect(resolveRepository('docker.io/library/alpine@sha256:ab')).toMatchObject({
      repository: 'library/alpine',
    });
  });
  it('uses the host of other registries, plain HTTP for loopback', () => {
    expect(resolveRepository('127.0.0.1:5000/berth/busybox:1')).toEqual({
      registry: '127.0.0.1:5000',
      repository: 'berth/busybox',
      secure: false,
    });
    expect(resolveRepository('localhost:5000/a')).toMatchObject({ secure: false });
    expect(resolveRepository('ghcr.io/org/app')).toEqual({
      registry: 'ghcr.io',
      repository: 'org/app',
      secure: true,
    });
  });
});

describe('nextLink', () => {
  it('reads rel="next" relative to the registry', () => {
    expect(nextLink('</v2/a/tags/list?last=x&n=2>; rel="next"', 'http://h:1')).toBe(
      'http://h:1/v2/a/tags/list?last=x&n=2',
    );
    expect(nextLink(null, 'http://h')).toBeNull();
  });
});

describe('listTags with a bearer-token registry', () => {
  let server: Server;
  let host: string;
  const seen: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      seen.push(`${url.pathname}${url.search} ${req.headers.authorization ?? '-'}`);
      if (url.pathname === '/token') {
        const ok =
          url.searchParams.get('service') === 'test-registry' &&
          url.searchParams.get('scope') === 'repository:team/app:pull';
        res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
        return res.end(JSON.stringify(ok ? { token: 'tok123' } : { error: 'bad' }));
      }
      if (req.headers.authorization !== 'Bearer tok123') {
        res.writeHead(401, {
          'www-authenticate': `Bearer realm="http://${host}/token",service="test-registry",scope="repository:team/app:pull"`,
        });
        return res.end();
      }
      if (url.pathname === '/v2/team/app/tags/list' && !url.searchParams.get('last')) {
        res.writeHead(200, {
          'content-type': 'application/json',
          link: '</v2/team/app/tags/list?last=b&n=1000>; rel="next"',
        });
        return res.end(JSON.stringify({ name: 'team/app', tags: ['a', 'b'] }));
      }
      if (url.pathname === '/v2/team/app/tags/list') {
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end(JSON.stringify({ name: 'team/app', tags: ['c'] }));
      }
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('gets a token from the realm, retries, and follows pages', async () => {
    const result = await listTags(`${host}/team/app:latest`);
    expect(result).toEqual({ registry: host, repository: 'team/app', tags: ['a', 'b', 'c'] });
    expect(seen[0]).toBe('/v2/team/app/tags/list?n=1000 -');
    expect(seen[1]).toMatch(/^\/token\?service=test-registry&scope=repository%3Ateam%2Fapp%3Apull -$/);
    expect(seen[2]).toBe('/v2/team/app/tags/list?n=1000 Bearer tok123');
  });

  it('says when the repository does not exist', async () => {
    await expect(listTags(`${host}/team/none`)).rejects.toThrow(/token service answered 400|does not exist/);
  });

  it('fails in words, quickly, when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(listTags(`127.0.0.1:${port}/x/y`, { timeoutMs: 2000 })).rejects.toThrow(
      /^Cannot list tags: .*refused/,
    );
  });
});
