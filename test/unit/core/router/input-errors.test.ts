// A refused input reaches the user as the schema's words with the field's name, not as the
// schema library's JSON dump; refusal happens before any engine is needed (the registry's one
// engine is never started).
import { describe, expect, it } from 'vitest';
import { EngineRegistry } from '@core/engine/registry';
import { appRouter, type Context } from '@core/router';
import { inputProblem } from '@core/router/trpc';
import { trpcFailure as refusal } from '@test/support/trpc-failure';
import { unstartedEngine } from '@test/support/unstarted-engine';

describe('refused input', () => {
  const caller = appRouter.createCaller({
    engines: new EngineRegistry([unstartedEngine('default')]),
  } as Context);

  it('names the field and says what is wrong', async () => {
    const error = await refusal(() => caller.images.inspect({ id: 'a/../../../127.0.0.1:1' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(inputProblem(error.cause)).toBe('id: Not an image ID or reference: invalid reference format');
  });

  it('is what the wire carries (the error formatter)', async () => {
    const error = await refusal(() =>
      caller.containers.files.upload.start({ id: 'web', folder: '/tmp', name: '..\u0000', size: 1 }),
    );
    const format = (
      appRouter as unknown as {
        _def: { _config: { errorFormatter: (o: object) => { message: string; data: { stack?: string } } } };
      }
    )._def._config.errorFormatter;
    const shape = format({
      shape: { message: error.message, code: -32600, data: { code: 'BAD_REQUEST', stack: 'x' } },
      error,
      type: 'mutation',
      path: 'containers.files.upload.start',
      input: undefined,
      ctx: undefined,
    });
    expect(shape.message).toBe('name: A file name must not contain control characters');
    expect(shape.data.stack).toBeUndefined();
  });

  it('leaves other errors alone', () => {
    expect(inputProblem(new Error('x'))).toBeNull();
    expect(inputProblem(null)).toBeNull();
  });
});
