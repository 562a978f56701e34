// The engine registry: engines by id, the first one active, a named one or the active one for a
// call, and an unknown id refused in words that name what there is.
import { describe, expect, it } from 'vitest';
import { EngineRegistry, UnknownEngineError } from '@core/engine/registry';
import { unstartedEngine } from '@test/support/unstarted-engine';

/** The registry only finds engines: real ones that are never started. */
const engine = unstartedEngine;

describe('EngineRegistry', () => {
  it('makes the first engine added the active one, and resolves no id to it', () => {
    const first = engine('default');
    const registry = new EngineRegistry([first, engine('remote')]);
    expect(registry.active()).toBe(first);
    expect(registry.resolve(undefined)).toBe(first);
    expect(registry.list().map((e) => e.id)).toEqual(['default', 'remote']);
  });

  it('resolves a named engine, whichever is active', () => {
    const remote = engine('remote');
    const registry = new EngineRegistry([engine('default'), remote]);
    expect(registry.resolve('remote')).toBe(remote);
    registry.setActive('remote');
    expect(registry.resolve(undefined)).toBe(remote);
    expect(registry.entries().map(({ id, active }) => ({ id, active }))).toEqual([
      { id: 'default', active: false },
      { id: 'remote', active: true },
    ]);
  });

  it('refuses an unknown id in words that say which engines there are', () => {
    const registry = new EngineRegistry([engine('default'), engine('remote')]);
    expect(() => registry.resolve('nope')).toThrow(UnknownEngineError);
    expect(() => registry.resolve('nope')).toThrow(
      'Berth has no engine with the id "nope" (it has: default, remote).',
    );
    expect(() => registry.setActive('nope')).toThrow(UnknownEngineError);
    expect(registry.active().id).toBe('default');
  });

  it('says so when it holds no engine at all', () => {
    const registry = new EngineRegistry();
    expect(() => registry.resolve(undefined)).toThrow('Berth holds no engine to use.');
    expect(() => registry.resolve('default')).toThrow(
      'Berth has no engine with the id "default" (it has none).',
    );
  });

  it('refuses a second engine under a held id, keeping the first', () => {
    const first = engine('default');
    const registry = new EngineRegistry([first]);
    expect(() => registry.add(engine('default'))).toThrow(/already held/);
    expect(registry.get('default')).toBe(first);
  });

  it('falls back to the first engine left when the active one is removed, and tells listeners', () => {
    const registry = new EngineRegistry([engine('default'), engine('remote'), engine('third')]);
    registry.setActive('remote');
    let changes = 0;
    const off = registry.onChange(() => changes++);
    expect(registry.remove('remote')?.id).toBe('remote');
    expect(registry.active().id).toBe('default');
    expect(registry.remove('missing')).toBeUndefined();
    registry.remove('default');
    registry.remove('third');
    expect(() => registry.active()).toThrow(UnknownEngineError);
    off();
    registry.add(engine('again'));
    expect(changes).toBe(3);
    expect(registry.active().id).toBe('again');
  });
});
