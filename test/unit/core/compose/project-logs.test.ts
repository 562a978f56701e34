// Merged project logs: each line gets its service and its engine stamp, and lines of several
// services sort by time (stamps with fewer fraction digits included).
import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '@shared/api';
import { byTime, eventLines } from '@core/compose/project-logs';

const web = {
  id: 'a',
  name: 'app_web_1',
  labels: { 'com.docker.compose.service': 'web' },
} as unknown as ContainerSummary;

describe('eventLines', () => {
  it('splits runs into stamped lines of the service', () => {
    const lines = eventLines(web, {
      type: 'lines',
      dropped: 0,
      runs: [
        {
          stream: 'stdout',
          text: '2026-01-01T00:00:01.5Z one\n2026-01-01T00:00:02.000000001Z two\n',
          lines: 2,
        },
        { stream: 'stderr', text: 'unstamped\n', lines: 1 },
      ],
    });
    expect(lines).toEqual([
      { service: 'web', container: 'app_web_1', stream: 'stdout', at: '2026-01-01T00:00:01.5Z', text: 'one' },
      {
        service: 'web',
        container: 'app_web_1',
        stream: 'stdout',
        at: '2026-01-01T00:00:02.000000001Z',
        text: 'two',
      },
      { service: 'web', container: 'app_web_1', stream: 'stderr', at: null, text: 'unstamped' },
    ]);
    expect(eventLines(web, { type: 'end', dropped: 0 })).toEqual([]);
  });
});

describe('byTime', () => {
  it('orders lines of several services by their stamps, stable for equal ones', () => {
    const line = (service: string, at: string, text: string) =>
      ({ service, container: service, stream: 'stdout', at, text }) as const;
    const sorted = byTime([
      line('web', '2026-01-01T00:00:02Z', 'w2'),
      line('worker', '2026-01-01T00:00:01.9Z', 'k1'),
      line('web', '2026-01-01T00:00:01.25Z', 'w1'),
      line('worker', '2026-01-01T00:00:02Z', 'k2'),
    ]);
    expect(sorted.map((l) => l.text)).toEqual(['w1', 'k1', 'w2', 'k2']);
  });
});
