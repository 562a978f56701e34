import { describe, expect, it } from 'vitest';
import { createGestureGate, externalLinkUrl, GESTURE_WINDOW_MS } from '@shell/pure/external-links';

describe('externalLinkUrl', () => {
  it('passes plain http(s) links', () => {
    expect(externalLinkUrl('http://localhost:8080')).toBe('http://localhost:8080/');
    expect(externalLinkUrl('https://docs.docker.com/engine/')).toBe('https://docs.docker.com/engine/');
  });

  it('refuses every other scheme, credentials and control characters', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://berth/index.html',
      'smb://host/share',
      'ms-settings:',
      'vscode://file/x',
      'http://user:pass@example.com/',
      'http://example.com/\nx',
      'not a url',
      `https://example.com/${'a'.repeat(3000)}`,
    ]) {
      expect(externalLinkUrl(url), url).toBeNull();
    }
  });
});

describe('createGestureGate', () => {
  it('allows one open per recent click or key press', () => {
    let now = 1_000;
    const gate = createGestureGate(() => now);
    expect(gate.consume()).toBe(false);
    gate.noteInput('mouseDown');
    now += 100;
    expect(gate.consume()).toBe(true);
    expect(gate.consume()).toBe(false);
    gate.noteInput('keyDown');
    expect(gate.consume()).toBe(true);
  });

  it('ignores input that is not a gesture, and gestures that are too old', () => {
    let now = 0;
    const gate = createGestureGate(() => now);
    gate.noteInput('mouseMove');
    gate.noteInput('mouseWheel');
    expect(gate.consume()).toBe(false);
    gate.noteInput('mouseUp');
    now += GESTURE_WINDOW_MS + 1;
    expect(gate.consume()).toBe(false);
  });
});
