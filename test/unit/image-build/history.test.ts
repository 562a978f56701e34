import { describe, expect, it } from 'vitest';
import { cleanCreatedBy, toHistory } from '@core/images/history';

describe('cleanCreatedBy', () => {
  it('drops the /bin/sh -c #(nop) prefix of metadata instructions', () => {
    expect(cleanCreatedBy('/bin/sh -c #(nop)  CMD ["sh" "-c" "echo hi"]')).toBe('CMD ["sh" "-c" "echo hi"]');
    expect(cleanCreatedBy('/bin/sh -c #(nop) COPY dir:0ab12 in /app/ ')).toBe('COPY dir:0ab12 in /app/');
    expect(cleanCreatedBy('/bin/sh -c #(nop)  ENV GREETING=hello')).toBe('ENV GREETING=hello');
  });
  it('shows shell commands as RUN', () => {
    expect(cleanCreatedBy('/bin/sh -c echo extra > /app/extra.txt')).toBe('RUN echo extra > /app/extra.txt');
    expect(cleanCreatedBy('|1 GREETING=hej /bin/sh -c echo $GREETING')).toBe('RUN echo $GREETING');
  });
  it('keeps other texts (imports, BuildKit lines) as they are', () => {
    expect(cleanCreatedBy('Imported from -')).toBe('Imported from -');
    expect(cleanCreatedBy('RUN /bin/sh -c apk add curl # buildkit')).toBe(
      'RUN /bin/sh -c apk add curl # buildkit',
    );
  });
});

describe('toHistory', () => {
  it('maps engine entries, with defaults for missing fields', () => {
    expect(
      toHistory([
        {
          Id: 'sha256:1',
          Created: 10,
          CreatedBy: '/bin/sh -c #(nop)  CMD ["sh"]',
          Size: 0,
          Comment: '',
          Tags: ['a:1'],
        },
        { Id: '<missing>', CreatedBy: '/bin/sh -c true', Size: 5, Tags: null },
      ]),
    ).toEqual([
      { id: 'sha256:1', created: 10, instruction: 'CMD ["sh"]', size: 0, comment: '', tags: ['a:1'] },
      { id: '<missing>', created: 0, instruction: 'RUN true', size: 5, comment: '', tags: [] },
    ]);
  });
});
