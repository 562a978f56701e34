// Image reference validation for commit, and the docker command lines shown for these actions.
import { describe, expect, it } from 'vitest';
import { commitCommand, copyInCommand, copyOutCommand, statsCommand } from '@shared/cli/stats-commands';
import { commitInput, referenceProblem, splitReference } from '@shared/api/commit';

describe('image references', () => {
  it('accepts what docker accepts', () => {
    for (const ok of [
      'app',
      'my-app:1.0',
      'library/busybox:latest',
      'localhost:5000/team/app:v2',
      'a__b.c-d:x_Y.1',
    ]) {
      expect(referenceProblem(ok), ok).toBeNull();
    }
  });

  it.each([
    ['  ', 'empty'],
    ['MyApp', 'repository'],
    ['app:', 'tag'],
    ['app:-bad', 'tag'],
    ['app/', 'repository'],
    [`${'a'.repeat(256)}:x`, 'length'],
  ])('says what is wrong with "%s": its %s', (reference, problem) => {
    expect(referenceProblem(reference)).toBe(problem);
  });

  it('splits a registry port from the tag', () => {
    expect(splitReference('localhost:5000/app')).toEqual({ repository: 'localhost:5000/app', tag: 'latest' });
    expect(splitReference('localhost:5000/app:v1')).toEqual({ repository: 'localhost:5000/app', tag: 'v1' });
  });

  it('validates the whole input, with pause on by default', () => {
    expect(commitInput.parse({ id: 'web', reference: 'snap:1' })).toEqual({
      id: 'web',
      reference: 'snap:1',
      message: '',
      author: '',
      pause: true,
      changes: [],
    });
    expect(commitInput.safeParse({ id: 'web', reference: 'Bad Ref' }).success).toBe(false);
  });
});

describe('command lines', () => {
  it('quotes only what needs quoting', () => {
    expect(statsCommand('web')).toBe('docker stats web');
    expect(copyOutCommand('web', '/etc/passwd', 'passwd')).toBe('docker cp web:/etc/passwd ./passwd');
    expect(copyInCommand('web', 'my notes.txt', '/tmp')).toBe("docker cp './my notes.txt' web:/tmp");
    expect(
      commitCommand({
        container: 'web',
        reference: 'snap:1',
        message: "it's done",
        author: 'Kim <kim@example.com>',
        pause: false,
        changes: ['LABEL stage=qa'],
      }),
    ).toBe(
      "docker commit --author 'Kim <kim@example.com>' --message 'it'\\''s done' --change 'LABEL stage=qa' --pause=false web snap:1",
    );
    expect(commitCommand({ container: 'web', reference: 'snap', pause: true })).toBe(
      'docker commit web snap',
    );
  });
});
