import { describe, expect, it } from 'vitest';
import { checkBindMounts, isInsideShared } from '@core/vm/bind-mounts';

const shared = ['/home/ana', '/srv/data/'];

describe('checkBindMounts', () => {
  it('accepts binds inside a shared folder, named volumes and the shared folder itself', () => {
    expect(checkBindMounts(['/home/ana/project:/app', 'cache:/cache', '/srv/data:/d:ro'], shared)).toEqual({
      ok: true,
    });
    expect(checkBindMounts([{ Type: 'bind', Source: '/home/ana/x' }, { Type: 'volume', Source: 'v' }], shared)).toEqual({ ok: true }); // prettier-ignore
  });

  it('refuses a bind outside the shared folders with a sentence that says how to share it', () => {
    const result = checkBindMounts(['/home/ana/p:/app', '/opt/tools:/tools'], shared);
    expect(result).toMatchObject({ ok: false, path: '/opt/tools' });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.message).toMatch(/\/opt\/tools is not shared/);
    expect(result.message).toMatch(/Settings → Engine → Shared folders/);
  });

  it('is not fooled by prefixes or .. segments', () => {
    expect(isInsideShared('/home/anabel', shared)).toBe(false);
    expect(isInsideShared('/home/ana/../bob', shared)).toBe(false);
    expect(checkBindMounts([{ Type: 'bind', Source: '/home/ana/../../etc' }], shared)).toMatchObject({
      ok: false,
      path: '/etc',
    });
  });

  it('expands ~ with the home folder given', () => {
    expect(checkBindMounts(['~/project:/app'], shared, '/home/ana')).toEqual({ ok: true });
    expect(checkBindMounts(['~/project:/app'], ['/srv'], '/home/ana')).toMatchObject({
      ok: false,
      path: '/home/ana/project',
    });
  });
});
