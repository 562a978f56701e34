// The one rule for finding a container by what the user typed: full ID, then name, then a unique
// ID prefix of at least four characters, as the engine resolves them.
import { describe, expect, it } from 'vitest';
import { findContainer, MIN_ID_PREFIX } from '@shared/api/containers';

const a = { id: 'abcd1234'.repeat(8), name: 'web' };
const b = { id: 'abce5678'.repeat(8), name: 'abcd' };
const list = [a, b];

describe('findContainer', () => {
  it('finds by full ID, then by name', () => {
    expect(findContainer(list, a.id)).toBe(a);
    expect(findContainer(list, 'web')).toBe(a);
    // A name wins over an ID prefix, as in the engine.
    expect(findContainer(list, 'abcd')).toBe(b);
  });

  it('finds by a unique ID prefix of at least MIN_ID_PREFIX characters', () => {
    expect(MIN_ID_PREFIX).toBe(4);
    expect(findContainer(list, 'abce5')).toBe(b);
    expect(findContainer(list, 'abcd1')).toBe(a);
    expect(findContainer(list, 'abc')).toBeUndefined(); // too short
    expect(findContainer([a, { id: 'abcd1299'.repeat(8), name: 'x' }], 'abcd12')).toBeUndefined(); // ambiguous
  });

  it('finds nothing in no list, or for an empty ref', () => {
    expect(findContainer(undefined, 'web')).toBeUndefined();
    expect(findContainer(list, '')).toBeUndefined();
    expect(findContainer(list, 'nope')).toBeUndefined();
  });
});
