// Known engine errors get a sentence in both languages; unknown ones stay as the engine said them.
import { describe, expect, it } from 'vitest';
import { engineHint, hintKeys } from '@shared/errors/engine-hints';
import { messages } from '@renderer/features/errors/i18n-errors';

describe('engineHint', () => {
  it('recognises the errors a new user meets, in the engine’s own words', () => {
    const cases: [string, string, Record<string, string>][] = [
      [
        'driver failed programming external connectivity on endpoint web (abc): Bind for 0.0.0.0:8080 failed: port is already allocated',
        'portInUse',
        { port: '8080' },
      ],
      [
        'Error starting userland proxy: listen tcp4 0.0.0.0:5432: bind: address already in use',
        'portInUse',
        { port: '5432' },
      ],
      [
        'Conflict. The container name "/web" is already in use by container "0123abcd". You have to remove (or rename) that container to be able to reuse that name.',
        'nameInUse',
        { name: 'web' },
      ],
      ['Head "https://registry.example/v2/a/manifests/latest": no basic auth credentials', 'loginNeeded', {}],
      [
        'Get "https://registry-1.docker.io/v2/": dial tcp: lookup registry-1.docker.io on 127.0.0.53:53: server misbehaving',
        'offline',
        {},
      ],
      ['No such image: nginx:nope', 'imageNotFound', {}],
      ['manifest for localhost:5000/a:b not found: manifest unknown: manifest unknown', 'imageNotFound', {}],
      ['Container 0123 is not running', 'notRunning', {}],
      ['The Docker engine is not connected.', 'engineDown', {}],
      ['name: Too big: expected string to have <=128 characters', 'tooLong', { max: '128' }],
      [
        'unable to delete 0123456789ab (cannot be forced) - image is being used by running container 0123456789ab',
        'inUseByContainer',
        { id: '0123456789ab' },
      ],
    ];
    for (const [message, key, params] of cases) expect(engineHint(message), message).toEqual({ key, params });
  });

  it('leaves unknown errors alone', () => {
    expect(engineHint('something else went wrong')).toBeNull();
  });

  it('has a sentence for every hint in English and Korean', () => {
    for (const key of hintKeys) {
      expect(messages.en.errorHints[key], key).toBeTruthy();
      expect(messages.ko.errorHints[key], key).toBeTruthy();
      // The same placeholders in both languages.
      const holes = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(holes(messages.ko.errorHints[key]), key).toEqual(holes(messages.en.errorHints[key]));
    }
  });
});
