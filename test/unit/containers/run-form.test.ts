// The Run dialog's form: blank rows are dropped (not errors), "image required" waits for a try.
import { describe, expect, it } from 'vitest';
import { cleanForm, emptyForm, formErrors, isNoSuchImage } from '@renderer/features/run-dialog/form';

describe('Run form', () => {
  it('drops blank rows before sending and ignores them when validating', () => {
    const form = {
      ...emptyForm('busybox'),
      ports: ['', '8080:80', '  '],
      env: [
        { key: '', value: '' },
        { key: 'A', value: '1' },
      ],
      mounts: [{ source: '', target: '', readOnly: false }],
      labels: [{ key: ' ', value: '' }],
    };
    expect(formErrors(form, true)).toEqual({});
    expect(cleanForm(form)).toMatchObject({
      ports: ['8080:80'],
      env: [{ key: 'A', value: '1' }],
      mounts: [],
      labels: [],
    });
  });

  it('keeps row indexes of errors as shown, and waits for a try before asking for an image', () => {
    const form = { ...emptyForm(), ports: ['', '0:80'], env: [{ key: '', value: 'orphan' }] };
    expect(formErrors(form, false)).toEqual({ 'ports.1': 'portRange', 'env.0.key': 'envKey' });
    expect(formErrors(form, true)).toMatchObject({ image: 'imageRequired' });
  });

  it('recognises the engine saying the image is missing', () => {
    expect(isNoSuchImage('No such image: 127.0.0.1:5000/app:1')).toBe(true);
    expect(isNoSuchImage('Conflict. The container name "/x" is already in use')).toBe(false);
  });
});
