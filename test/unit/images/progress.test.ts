// Progress aggregation from recorded engine progress lines (dockerd 20.10 pull and push output).
import { describe, expect, it } from 'vitest';
import { ProgressAggregator, type ProgressLine } from '@core/images/progress';

function feed(lines: ProgressLine[]): ProgressAggregator {
  const progress = new ProgressAggregator();
  for (const line of lines) progress.add(line);
  return progress;
}

const recordedPull: ProgressLine[] = [
  { status: 'Pulling from app', id: '1' },
  { status: 'Pulling fs layer', progressDetail: {}, id: 'aaa' },
  { status: 'Pulling fs layer', progressDetail: {}, id: 'bbb' },
  { status: 'Waiting', progressDetail: {}, id: 'bbb' },
  { status: 'Downloading', progressDetail: { current: 100, total: 1000 }, id: 'aaa' },
  { status: 'Downloading', progressDetail: { current: 600, total: 1000 }, id: 'aaa' },
  { status: 'Downloading', progressDetail: { current: 50, total: 400 }, id: 'bbb' },
  { status: 'Verifying Checksum', progressDetail: {}, id: 'aaa' },
  { status: 'Download complete', progressDetail: {}, id: 'aaa' },
  { status: 'Extracting', progressDetail: { current: 32768, total: 1000 }, id: 'aaa' },
  { status: 'Pull complete', progressDetail: {}, id: 'aaa' },
  { status: 'Downloading', progressDetail: { current: 400, total: 400 }, id: 'bbb' },
  { status: 'Download complete', progressDetail: {}, id: 'bbb' },
  { status: 'Pull complete', progressDetail: {}, id: 'bbb' },
  { status: 'Digest: sha256:' + 'c'.repeat(64) },
  { status: 'Status: Downloaded newer image for 127.0.0.1:5000/app:1' },
];

describe('ProgressAggregator', () => {
  it('keeps the total unknown while any layer size is unknown', () => {
    const progress = feed(recordedPull.slice(0, 6));
    expect(progress.total()).toEqual({ current: 600, total: null });
  });

  it('sums layer sizes once all are known', () => {
    const progress = feed(recordedPull.slice(0, 7));
    expect(progress.total()).toEqual({ current: 650, total: 1400 });
  });

  it('ends with current == total == sum of layer totals', () => {
    const progress = feed(recordedPull);
    const layers = progress.layerRows();
    expect(layers.map((l) => [l.id, l.status])).toEqual([
      ['aaa', 'Pull complete'],
      ['bbb', 'Pull complete'],
    ]);
    const sum = layers.reduce((s, l) => s + (l.total ?? 0), 0);
    expect(progress.total()).toEqual({ current: sum, total: sum });
    expect(sum).toBe(1400);
    expect(progress.error).toBeNull();
    expect(progress.log).toContain('Status: Downloaded newer image for 127.0.0.1:5000/app:1');
  });

  it('never lets bytes go backwards (a retry restarts a layer at 0)', () => {
    const progress = feed([
      { status: 'Downloading', progressDetail: { current: 700, total: 1000 }, id: 'aaa' },
      { status: 'Retrying in 1 second', progressDetail: {}, id: 'aaa' },
      { status: 'Downloading', progressDetail: { current: 10, total: 1000 }, id: 'aaa' },
    ]);
    expect(progress.total().current).toBe(700);
  });

  it('counts "Already exists" layers as done, with no bytes to fetch', () => {
    const progress = feed([
      { status: 'Already exists', progressDetail: {}, id: 'aaa' },
      { status: 'Pulling fs layer', progressDetail: {}, id: 'bbb' },
      { status: 'Downloading', progressDetail: { current: 5, total: 10 }, id: 'bbb' },
    ]);
    expect(progress.total()).toEqual({ current: 5, total: 10 });
    expect(progress.layerRows()[0]).toEqual({ id: 'aaa', status: 'Already exists', current: 0, total: 0 });
  });

  it('turns an in-band error line into an error', () => {
    const progress = feed([
      { status: 'Pulling from app', id: 'latest' },
      {
        errorDetail: { message: 'manifest for 127.0.0.1:5000/app:nope not found: manifest unknown' },
        error: 'manifest for 127.0.0.1:5000/app:nope not found: manifest unknown',
      },
    ]);
    expect(progress.error).toContain('manifest unknown');
  });

  it('folds push lines: Preparing, Pushing, Pushed, Layer already exists, Mounted from', () => {
    const progress = feed([
      { status: 'The push refers to repository [127.0.0.1:5000/app]' },
      { status: 'Preparing', progressDetail: {}, id: 'p1' },
      { status: 'Preparing', progressDetail: {}, id: 'p2' },
      { status: 'Preparing', progressDetail: {}, id: 'p3' },
      { status: 'Pushing', progressDetail: { current: 512, total: 2048 }, id: 'p1' },
      { status: 'Layer already exists', progressDetail: {}, id: 'p2' },
      { status: 'Mounted from other/app', progressDetail: {}, id: 'p3' },
      // The engine reports compressed bytes against an uncompressed total: never past 100 %.
      { status: 'Pushing', progressDetail: { current: 4096, total: 2048 }, id: 'p1' },
      { status: 'Pushed', progressDetail: {}, id: 'p1' },
      { status: '1: digest: sha256:' + 'd'.repeat(64) + ' size: 527', progressDetail: {} },
    ]);
    expect(progress.total()).toEqual({ current: 2048, total: 2048 });
    expect(progress.log.some((line) => line.includes('digest: sha256:'))).toBe(true);
  });

  it('marks the unfinished layers of a failed pull as failed, and leaves finished ones alone', () => {
    const progress = feed([
      { status: 'Pulling fs layer', progressDetail: {}, id: 'done' },
      { status: 'Pulling fs layer', progressDetail: {}, id: 'retry' },
      { status: 'Pulling fs layer', progressDetail: {}, id: 'half' },
      { status: 'Pulling fs layer', progressDetail: {}, id: 'fetched' },
      { status: 'Pulling fs layer', progressDetail: {}, id: 'here' },
      { status: 'Pull complete', progressDetail: {}, id: 'done' },
      { status: 'Retrying in 5 seconds', progressDetail: {}, id: 'retry' },
      { status: 'Downloading', progressDetail: { current: 10, total: 100 }, id: 'half' },
      // Downloaded but not extracted: not finished either.
      { status: 'Download complete', progressDetail: {}, id: 'fetched' },
      { status: 'Already exists', progressDetail: {}, id: 'here' },
    ]);
    const outcomes = Object.fromEntries(progress.settle('failed').map((row) => [row.id, row.outcome]));
    expect(outcomes).toEqual({
      done: undefined,
      retry: 'failed',
      half: 'failed',
      fetched: 'failed',
      here: undefined,
    });
    // The engine's last words stay on the row (shown as its tooltip) and bytes do not move.
    const half = progress.layerRows().find((row) => row.id === 'half');
    expect(half).toEqual({ id: 'half', status: 'Downloading', current: 10, total: 100, outcome: 'failed' });
  });

  it('marks the unfinished layers of a cancelled push as stopped', () => {
    const progress = feed([
      { status: 'Preparing', progressDetail: {}, id: 'p1' },
      { status: 'Preparing', progressDetail: {}, id: 'p2' },
      { status: 'Pushed', progressDetail: {}, id: 'p1' },
      { status: 'Pushing', progressDetail: { current: 5, total: 50 }, id: 'p2' },
    ]);
    expect(progress.settle('stopped').map((row) => row.outcome)).toEqual([undefined, 'stopped']);
  });

  it('leaves rows without an outcome while the transfer runs', () => {
    const progress = feed(recordedPull.slice(0, 8));
    expect(progress.layerRows().every((row) => !('outcome' in row))).toBe(true);
  });
});
