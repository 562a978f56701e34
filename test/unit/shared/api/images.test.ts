import { describe, expect, it } from 'vitest';
import { splitRepoTag } from '@shared/api/images';

describe('splitRepoTag', () => {
  it('splits a plain repo:tag', () => {
    expect(splitRepoTag('nginx:1.27-alpine')).toEqual({ repository: 'nginx', tag: '1.27-alpine' });
    expect(splitRepoTag('library/redis:7')).toEqual({ repository: 'library/redis', tag: '7' });
  });

  it('defaults to latest when no tag is given', () => {
    expect(splitRepoTag('nginx')).toEqual({ repository: 'nginx', tag: 'latest' });
    expect(splitRepoTag('ghcr.io/org/app')).toEqual({ repository: 'ghcr.io/org/app', tag: 'latest' });
  });

  it('does not take a registry port for a tag', () => {
    expect(splitRepoTag('localhost:5000/team/app')).toEqual({
      repository: 'localhost:5000/team/app',
      tag: 'latest',
    });
    expect(splitRepoTag('registry.example:5000/app:v2')).toEqual({
      repository: 'registry.example:5000/app',
      tag: 'v2',
    });
  });

  it('splits at the digest, which itself contains a colon', () => {
    const digest = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
    expect(splitRepoTag(`nginx@${digest}`)).toEqual({ repository: 'nginx', tag: digest });
    expect(splitRepoTag(`localhost:5000/app@${digest}`)).toEqual({
      repository: 'localhost:5000/app',
      tag: digest,
    });
  });
});
