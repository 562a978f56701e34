// berth:// links: the two pages they open, and hostile input refused (traversal, encoded slashes,
// control characters, other pages, queries, oversize).
import { describe, expect, it } from 'vitest';
import { berthLinkInArgv, parseBerthLink } from '@shell/pure/berth-links';

const route = (raw: string) => {
  const parsed = parseBerthLink(raw);
  return parsed.ok ? parsed.route : null;
};

describe('parseBerthLink', () => {
  it('opens a container by id or name', () => {
    expect(route('berth://containers/web-1')).toBe('/containers/web-1');
    expect(route('berth://containers/0123456789ab')).toBe('/containers/0123456789ab');
    expect(route('BERTH://containers/web')).toBe('/containers/web');
    // Windows adds a trailing slash.
    expect(route('berth://containers/web/')).toBe('/containers/web');
  });

  it('opens an image by reference or id, encoded as one route segment', () => {
    expect(route('berth://images/busybox:latest')).toBe('/images/busybox%3Alatest');
    expect(route('berth://images/127.0.0.1:5000/app:1')).toBe('/images/127.0.0.1%3A5000%2Fapp%3A1');
    expect(route('berth://images/library%2Fbusybox')).toBe('/images/library%2Fbusybox');
    expect(route('berth://images/sha256:' + 'a'.repeat(64))).toBe(`/images/sha256%3A${'a'.repeat(64)}`);
  });

  it.each([
    ['other scheme', 'https://containers/web'],
    ['no slashes', 'berth:containers/web'],
    ['three slashes', 'berth:///containers/web'],
    ['no page', 'berth://containers'],
    ['empty id', 'berth://containers/'],
    ['unknown page', 'berth://volumes/data'],
    ['settings page', 'berth://settings/x'],
    ['case of page', 'berth://Containers/web'],
    ['traversal', 'berth://containers/../settings'],
    ['nested traversal', 'berth://images/library/../../etc/passwd'],
    ['encoded slash in a container', 'berth://containers/a%2F..%2Fb'],
    ['encoded dots', 'berth://images/%2E%2E%2Fetc'],
    ['double encoding', 'berth://containers/a%252Fb'],
    ['bad encoding', 'berth://containers/a%zz'],
    ['newline', 'berth://containers/web\n'],
    ['encoded newline', 'berth://containers/web%0A'],
    ['encoded NUL', 'berth://images/busybox%00'],
    ['escape', 'berth://containers/\u001b[31mweb'],
    ['DEL', 'berth://containers/web\u007f'],
    ['query', 'berth://containers/web?x=1'],
    ['fragment', 'berth://containers/web#/settings'],
    ['encoded fragment', 'berth://containers/web%23x'],
    ['backslash', 'berth://containers/a\\b'],
    ['space', 'berth://containers/a%20b'],
    ['leading space', 'berth://images/%20busybox'],
    ['extra segment on a container', 'berth://containers/web/logs'],
    ['double slash in an image', 'berth://images/library//busybox'],
    ['upper-case image path', 'berth://images/Library/Busybox'],
    ['oversize', 'berth://images/' + 'a'.repeat(3000)],
  ])('refuses %s', (_label, raw) => {
    expect(parseBerthLink(raw).ok).toBe(false);
  });
});

describe('berthLinkInArgv', () => {
  it('finds the link among other arguments, or none', () => {
    expect(berthLinkInArgv(['/opt/Berth/berth', '--no-sandbox', 'berth://containers/web'])).toBe(
      'berth://containers/web',
    );
    expect(berthLinkInArgv(['/opt/Berth/berth', '--flag'])).toBeNull();
  });
});
