import { describe, expect, it } from 'vitest';
import {
  emptyBuildForm,
  hasErrors,
  toBuildInput,
  validateBuildForm,
} from '@renderer/features/image-build/build-form';
import { highlight } from '@renderer/features/image-details/json-search';
import { hubReason } from '@core/images/hub-search';
import { eventChannel } from '@core/streams/event-channel';

describe('build form validation', () => {
  it('asks for a folder and accepts a valid form', () => {
    expect(validateBuildForm(emptyBuildForm).context).toMatch(/folder/);
    const form = {
      ...emptyBuildForm,
      context: '/src',
      tags: ['app:1', ''],
      args: [{ key: 'A', value: '1' }],
    };
    expect(hasErrors(validateBuildForm(form))).toBe(false);
    expect(toBuildInput(form)).toEqual({
      context: '/src',
      dockerfile: 'Dockerfile',
      tags: ['app:1'],
      buildArgs: [{ key: 'A', value: '1' }],
      target: '',
      pull: false,
      noCache: false,
    });
  });
  it('flags bad tags, bad or repeated argument names, and bad targets on their field', () => {
    const errors = validateBuildForm({
      ...emptyBuildForm,
      context: '/src',
      tags: ['Bad Tag', 'ok:1'],
      args: [
        { key: '1X', value: '' },
        { key: 'A', value: '' },
        { key: 'A', value: '' },
      ],
      target: 'no spaces',
    });
    expect(errors.tags[0]).toMatch(/Not a valid image name/);
    expect(errors.tags[1]).toBeNull();
    expect(errors.args[0]).toMatch(/letters, digits/);
    expect(validateBuildForm({ ...emptyBuildForm, tags: ['X'] }, (key) => `[${key}]`).tags[0]).toBe(
      '[imageBuild.errors.tag]',
    );
    expect(errors.args[2]).toBe('A is given twice');
    expect(errors.target).toMatch(/stage/);
  });
});

describe('highlight', () => {
  it('splits matches case-insensitively and counts them', () => {
    const { segments, count } = highlight('{"Label": "label"}', 'LABEL');
    expect(count).toBe(2);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Label', 'label']);
    expect(segments.map((s) => s.text).join('')).toBe('{"Label": "label"}');
  });
});

describe('hubReason', () => {
  it('shortens the engine’s Go errors to a cause', () => {
    expect(
      hubReason(
        'Get "https://index.docker.io/v1/search?q=x": dial tcp: lookup index.docker.io on 1.1.1.1:53: no such host',
      ),
    ).toBe('the name index.docker.io does not resolve (no internet or no DNS)');
    expect(hubReason('Docker Hub search timed out after 30000 ms')).toMatch(/in time/);
    expect(hubReason('something else\nentirely')).toBe('something else entirely');
  });
});

describe('eventChannel', () => {
  it('delivers everything in order, then ends after close', async () => {
    const channel = eventChannel<number>({ intervalMs: 1, droppable: () => true, dropped: (n) => -n });
    channel.push(1);
    channel.push(2);
    channel.close();
    const got: number[] = [];
    for await (const batch of channel.batches(new AbortController().signal)) got.push(...batch);
    expect(got).toEqual([1, 2]);
  });
  it('bounds the queue by replacing the oldest droppable items with one marker', async () => {
    const channel = eventChannel<number>({
      intervalMs: 1,
      maxQueued: 10,
      droppable: (n) => n > 0,
      dropped: (n) => -n,
    });
    for (let i = 1; i <= 11; i++) channel.push(i);
    channel.close();
    const got: number[] = [];
    for await (const batch of channel.batches(new AbortController().signal)) got.push(...batch);
    expect(got[0]).toBeLessThan(0);
    expect(got.length).toBeLessThanOrEqual(10);
    expect(got.at(-1)).toBe(11);
  });
});
