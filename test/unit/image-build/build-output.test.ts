import { describe, expect, it } from 'vitest';
import { BuildOutput, outputLines } from '@core/images/build-output';
import { parseLoadOutput } from '@core/images/save-load';

describe('BuildOutput', () => {
  it('passes stream text through and takes the image ID from aux', () => {
    const output = new BuildOutput();
    expect(output.feed({ stream: 'Step 1/2 : FROM busybox\n' })).toEqual([
      { type: 'output', text: 'Step 1/2 : FROM busybox\n' },
    ]);
    expect(output.feed({ aux: { ID: 'sha256:abc123' } })).toEqual([]);
    output.feed({ stream: 'Successfully built 0123456789ab\n' });
    expect(output.imageId).toBe('sha256:abc123');
    expect(output.error).toBeNull();
  });

  it('falls back to "Successfully built" when there is no aux ID', () => {
    const output = new BuildOutput();
    output.feed({ stream: 'Successfully built 0123456789ab\n' });
    expect(output.imageId).toBe('0123456789ab');
  });

  it('turns an in-band errorDetail into an error naming the last step', () => {
    const output = new BuildOutput();
    output.feed({ stream: 'Step 1/3 : FROM busybox\n' });
    output.feed({ stream: "Step 2/3 : RUN sh -c 'exit 3'\n ---> Running in 1234\n" });
    const events = output.feed({
      errorDetail: {
        code: 3,
        message: "The command '/bin/sh -c sh -c 'exit 3'' returned a non-zero code: 3",
      },
      error: 'ignored when errorDetail is there',
    });
    expect(events).toEqual([
      {
        type: 'error',
        message: "The command '/bin/sh -c sh -c 'exit 3'' returned a non-zero code: 3",
        step: "Step 2/3 : RUN sh -c 'exit 3'",
      },
    ]);
    expect(output.error?.step).toBe("Step 2/3 : RUN sh -c 'exit 3'");
  });

  it('reports an error without a step (e.g. a Dockerfile parse error) with step null', () => {
    const output = new BuildOutput();
    expect(output.feed({ error: 'dockerfile parse error line 2: unknown instruction: FROBNICATE' })).toEqual([
      {
        type: 'error',
        message: 'dockerfile parse error line 2: unknown instruction: FROBNICATE',
        step: null,
      },
    ]);
  });

  it('shows pull statuses during --pull as lines', () => {
    const output = new BuildOutput();
    expect(output.feed({ status: 'Downloading', id: 'abc', progress: '[==>  ] 1MB/2MB' })).toEqual([
      { type: 'output', text: 'abc Downloading [==>  ] 1MB/2MB\n' },
    ]);
  });

  it('splits output into non-empty lines for the activity log', () => {
    expect(outputLines(' ---> abc\n\nStep 2/2 : CMD x\r\n')).toEqual([' ---> abc', 'Step 2/2 : CMD x']);
  });
});

describe('parseLoadOutput', () => {
  it('finds loaded names and IDs', () => {
    expect(
      parseLoadOutput([{ stream: 'Loaded image: a/b:1\n' }, { stream: 'Loaded image ID: sha256:ff\n' }]),
    ).toEqual({ loaded: ['a/b:1', 'sha256:ff'], error: null });
  });
  it('returns the in-band error', () => {
    expect(parseLoadOutput([{ errorDetail: { message: 'unexpected EOF' } }]).error).toBe('unexpected EOF');
  });
});
