// The pieces of `npm run check:electron` that decide whether a finding is explained.
import { describe, expect, it } from 'vitest';
import { explanationsIn, findingsFromSarif, sourceOf } from '@scripts/electronegativity-findings.mjs';

describe('electronegativity findings', () => {
  it('reads findings from the SARIF report, a whole-app finding without a file', () => {
    const sarif = JSON.stringify({
      runs: [
        {
          results: [
            {
              ruleId: 'PRELOAD_JS_CHECK',
              level: 'note',
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'main/index.js' },
                    region: { startLine: 425, startColumn: 4 },
                  },
                },
              ],
            },
            {
              ruleId: 'CSP_GLOBAL_CHECK',
              level: 'warning',
              locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///' } } }],
            },
          ],
        },
      ],
    });
    expect(findingsFromSarif(sarif)).toEqual([
      { check: 'PRELOAD_JS_CHECK', level: 'note', file: 'main/index.js', line: 425, column: 4 },
      { check: 'CSP_GLOBAL_CHECK', level: 'warning', file: null, line: 1, column: 1 },
    ]);
    expect(findingsFromSarif(JSON.stringify({ runs: [{ results: [] }] }))).toEqual([]);
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
