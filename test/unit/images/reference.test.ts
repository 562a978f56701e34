import { describe, expect, it } from 'vitest';
import {
  authKeyFor,
  parseReference,
  referenceError,
  registryDomain,
  withDefaultTag,
} from '@shared/images/reference';

const digest = `sha256:${'a'.repeat(64)}`;

describe('parseReference (distribution/reference rules)', () => {
  it.each([
    ['busybox', 'docker.io', 'library/busybox', null, 'busybox'],
    ['busybox:1.36', 'docker.io', 'library/busybox', '1.36', 'busybox'],
    ['user/app:v1', 'docker.io', 'user/app', 'v1', 'user/app'],
    ['127.0.0.1:5000/x:1', '127.0.0.1:5000', 'x', '1', '127.0.0.1:5000/x'],
    ['localhost/app', 'localhost', 'app', null, 'localhost/app'],
    ['ghcr.io/org/team/app:latest', 'ghcr.io', 'org/team/app', 'latest', 'ghcr.io/org/team/app'],
    ['index.docker.io/library/busybox', 'docker.io', 'library/busybox', null, 'busybox'],
    ['a__b/c-d.e_f', 'docker.io', 'a__b/c-d.e_f', null, 'a__b/c-d.e_f'],
  ])('%s', (input, domain, path, tag, familiar) => {
    const result = parseReference(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.ref).toMatchObject({ domain, path, tag, familiarName: familiar });
  });

  it('keeps a digest, with or without a tag', () => {
    const result = parseReference(`127.0.0.1:5000/app:1@${digest}`);
    expect(result.ok && result.ref.digest).toBe(digest);
    expect(result.ok && withDefaultTag(result.ref)).toBe(`127.0.0.1:5000/app:1@${digest}`);
  });

  it('refuses uppercase repository names with the CLI words', () => {
    expect(referenceError('UPPER/case')).toBe('invalid reference format: repository name must be lowercase');
    expect(referenceError('Busybox')).toContain('repository name must be lowercase');
  });

  it('accepts uppercase in a registry host and in a tag', () => {
    expect(referenceError('Registry.Example.com/app:Tag_1')).toBeNull();
  });

  it.each(['a::b', 'app:', ':tag', 'a/', '/a', 'a//b', 'app@sha256:abc', 'a b', '-a', 'a:tag with space'])(
    '%s is an invalid reference format',
    (input) => expect(referenceError(input)).toBe('invalid reference format'),
  );

  it('refuses empty names, 64-hex IDs and over-long names', () => {
    expect(referenceError('  ')).toBe('repository name must have at least one component');
    expect(referenceError('a'.repeat(64).replace(/a/g, 'f'))).toContain('64-byte hexadecimal');
    expect(referenceError('a'.repeat(256))).toBe('repository name must not be more than 255 characters');
  });

  it('a tag is at most 128 characters', () => {
    expect(referenceError(`app:${'t'.repeat(128)}`)).toBeNull();
    expect(referenceError(`app:${'t'.repeat(129)}`)).toBe('invalid reference format');
  });

  it('adds latest the way docker pull does', () => {
    const result = parseReference('busybox');
    expect(result.ok && withDefaultTag(result.ref)).toBe('busybox:latest');
  });

  it('maps registries to config.json keys', () => {
    expect(authKeyFor('docker.io')).toBe('https://index.docker.io/v1/');
    expect(authKeyFor('127.0.0.1:5000')).toBe('127.0.0.1:5000');
    expect(registryDomain('https://index.docker.io/v1/')).toBe('docker.io');
    expect(registryDomain('http://127.0.0.1:5000/')).toBe('127.0.0.1:5000');
  });
});
