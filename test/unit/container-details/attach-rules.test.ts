// The docker command lines the Attach tab shows.
import { describe, expect, it } from 'vitest';
import { attachCommand } from '@shared/cli/details-commands';

describe('attachCommand', () => {
  it('starts attached, with -i only when stdin is open', () => {
    expect(attachCommand('web', { start: true, stdin: true })).toBe('docker start -ai web');
    expect(attachCommand('web', { start: true, stdin: false })).toBe('docker start -a web');
  });
  it('attaches to a running container, quoting the name when needed', () => {
    expect(attachCommand('web', { start: false, stdin: true })).toBe('docker attach web');
    expect(attachCommand('my app', { start: false, stdin: false })).toBe("docker attach 'my app'");
  });
});
