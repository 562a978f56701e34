// The pieces of `npm run check:electron` that decide whether a finding is explained.
import { describe, expect, it } from 'vitest';
import { explanationsIn, parseCsv, sourceOf } from '../../../scripts/electronegativity-findings.mjs';

describe('electronegativity findings', () => {
  it('parses the scanner CSV, quotes and doubled quotes included', () => {
    const csv =
      'issue, severity, confidence, filename, location, sample\n' +
      'PRELOAD_JS_CHECK,"MEDIUM","FIRM","main/index.js","425:3","preload: path.join(__dirname, ""../preload/index.cjs""),"\n';
    expect(parseCsv(csv)).toEqual([
      ['issue', 'severity', 'confidence', 'filename', 'location', 'sample'],
      [
        'PRELOAD_JS_CHECK',
        'MEDIUM',
        'FIRM',
        'main/index.js',
        '425:3',
        'preload: path.join(__dirname, "../preload/index.cjs"),',
      ],
    ]);
  });

  it('maps a bundle line to the source region it came from', () => {
    const bundle = [
      '"use strict";',
      '// src/main/shell/pure/csp.ts',
      'const a = 1;',
      '// src/main/shell/window.ts',
      'x();',
      'y();',
    ].join('\n');
    expect(sourceOf(bundle, 6)).toBe('src/main/shell/window.ts');
    expect(sourceOf(bundle, 3)).toBe('src/main/shell/pure/csp.ts');
    expect(sourceOf(bundle, 1)).toBeNull();
  });

  it('counts only explanations for that check that give a reason', () => {
    const source = [
      '// electronegativity-ok OPEN_EXTERNAL_JS_CHECK: http(s) only, after a click',
      '// electronegativity-ok OPEN_EXTERNAL_JS_CHECK:',
      '// electronegativity-ok PRELOAD_JS_CHECK: exposes the router only',
    ].join('\n');
    expect(explanationsIn(source, 'OPEN_EXTERNAL_JS_CHECK')).toBe(1);
    expect(explanationsIn(source, 'PRELOAD_JS_CHECK')).toBe(1);
    expect(explanationsIn(source, 'CSP_GLOBAL_CHECK')).toBe(0);
  });
});
