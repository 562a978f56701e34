import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, isInside, resolveAppAsset } from '@shell/pure/app-protocol';

const root = path.resolve('/srv/berth/out/renderer');

describe('resolveAppAsset', () => {
  it('maps app://berth paths to files under the root with their type', () => {
    expect(resolveAppAsset('app://berth/index.html', root)).toEqual({
      ok: true,
      file: path.join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppAsset('app://berth/', root)).toMatchObject({
      ok: true,
      file: path.join(root, 'index.html'),
    });
    expect(resolveAppAsset('app://berth/assets/index-abc.js?v=1#x', root)).toEqual({
      ok: true,
      file: path.join(root, 'assets', 'index-abc.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppAsset('app://berth/assets/index.css', root)).toMatchObject({
      mimeType: 'text/css; charset=utf-8',
    });
    expect(resolveAppAsset('app://berth/berth.svg', root)).toMatchObject({ mimeType: 'image/svg+xml' });
  });

  it('refuses encoded separators, backslashes and control characters', () => {
    for (const url of [
      'app://berth/..%2f..%2fsecret.json',
      'app://berth/assets%2f..%2f..%2fsecret.json',
      'app://berth/..%5csecret.json',
      'app://berth/a%00.js',
      'app://berth/%0aindex.html',
    ]) {
      expect(resolveAppAsset(url, root).ok, url).toBe(false);
    }
  });

  it('keeps dot segments, plain or percent-encoded, inside the root', () => {
    for (const url of [
      'app://berth/../../etc/passwd.txt',
      'app://berth/%2e%2e/%2e%2e/etc/passwd.txt',
      'app://berth/assets/%2E%2E/%2E%2E/secret.json',
    ]) {
      const asset = resolveAppAsset(url, root);
      expect(asset.ok && isInside(root, asset.file), url).toBe(true);
    }
  });

  it('refuses other hosts, other schemes, bad escapes and unknown types', () => {
    expect(resolveAppAsset('app://other/index.html', root)).toEqual({ ok: false, status: 403 });
    expect(resolveAppAsset('file:///srv/berth/out/renderer/index.html', root)).toEqual({
      ok: false,
      status: 403,
    });
    expect(resolveAppAsset('app://berth/%E0%A4%A', root)).toEqual({ ok: false, status: 400 });
    expect(resolveAppAsset('app://berth/run.sh', root)).toEqual({ ok: false, status: 404 });
    expect(resolveAppAsset('app://berth/assets', root)).toEqual({ ok: false, status: 404 });
  });
});

describe('isInside', () => {
  it('is true only strictly below the root', () => {
    expect(isInside(root, path.join(root, 'a', 'b.js'))).toBe(true);
    expect(isInside(root, path.join(root, '..foo'))).toBe(true);
    expect(isInside(root, root)).toBe(false);
    expect(isInside(root, path.dirname(root))).toBe(false);
    expect(isInside(root, `${root}-other/x.js`)).toBe(false);
  });
});

describe('appResponseHeaders', () => {
  it('sends the type, the CSP and nosniff', () => {
    const headers = appResponseHeaders('text/html; charset=utf-8');
    expect(headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(headers['Content-Security-Policy']).toContain("default-src 'self'");
    expect(headers['Content-Security-Policy']).toContain("script-src 'self'");
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});
