// The local line discipline used when attaching to a process without a TTY.
import { describe, expect, it } from 'vitest';
import { CookedInput } from '@renderer/features/container-details/tabs/cooked-input';

describe('CookedInput', () => {
  it('echoes typed characters and sends the line on Enter with a newline', () => {
    const input = new CookedInput();
    expect(input.feed('e')).toEqual({ echo: 'e', send: '' });
    expect(input.feed('cho hi')).toEqual({ echo: 'cho hi', send: '' });
    expect(input.feed('\r')).toEqual({ echo: '\r\n', send: 'echo hi\n' });
  });

  it('edits with Backspace (whole characters) and discards with Ctrl-C', () => {
    const input = new CookedInput();
    input.feed('ls 가');
    expect(input.feed('\u007f')).toEqual({ echo: '\b \b', send: '' });
    expect(input.feed('\r')).toEqual({ echo: '\r\n', send: 'ls \n' });
    input.feed('rm -rf');
    expect(input.feed('\u0003')).toEqual({ echo: '^C\r\n', send: '' });
    expect(input.feed('\u007f')).toEqual({ echo: '', send: '' });
  });

  it('sends each pasted line once and ignores escape sequences', () => {
    const input = new CookedInput();
    expect(input.feed('a\r\nb\nc')).toEqual({ echo: 'a\r\nb\r\nc', send: 'a\nb\n' });
    expect(input.feed('\u001b[A')).toEqual({ echo: '', send: '' });
    expect(input.feed('\r')).toEqual({ echo: '\r\n', send: 'c\n' });
  });
});
