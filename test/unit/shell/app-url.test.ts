import { describe, expect, it } from 'vitest';
import { APP_URL, isAppUrl, rendererUrl } from '@shell/pure/app-url';

describe('rendererUrl', () => {
  it('serves the built app from app://berth unless an unpackaged build has a dev server', () => {
    expect(rendererUrl({ devServerUrl: undefined, isPackaged: false })).toBe(APP_URL);
    expect(APP_URL).toBe('app://berth/index.html');
    expect(rendererUrl({ devServerUrl: 'http://localhost:5173', isPackaged: false })).toBe(
      'http://localhost:5173/',
    );
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(rendererUrl({ devServerUrl: 'http://localhost:5173', isPackaged: true })).toBe(APP_URL);
  });

  it('accepts only a loopback http(s) dev server', () => {
    for (const devServerUrl of [
      'https://evil.example/',
      'http://192.168.1.5:5173/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'not a url',
      'http://localhost.evil.example/',
    ]) {
      expect(rendererUrl({ devServerUrl, isPackaged: false }), devServerUrl).toBe(APP_URL);
    }
    expect(rendererUrl({ devServerUrl: 'http://127.0.0.1:5173/', isPackaged: false })).toBe(
      'http://127.0.0.1:5173/',
    );
  });
});

describe('isAppUrl', () => {
  it('accepts any page of app://berth and nothing else', () => {
    expect(isAppUrl('app://berth/index.html', APP_URL)).toBe(true);
    expect(isAppUrl('app://berth/index.html#/containers/abc', APP_URL)).toBe(true);
    expect(isAppUrl('app://berth', APP_URL)).toBe(true);
    for (const url of [
      'app://other/index.html',
      'file:///index.html',
      'https://berth/index.html',
      'app://user@berth/index.html',
      'app:///index.html',
      '',
      'garbage',
    ]) {
      expect(isAppUrl(url, APP_URL), url).toBe(false);
    }
  });

  it('matches the dev server by scheme, host and port', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/#/images', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
  });
});
