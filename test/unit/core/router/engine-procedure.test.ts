// engineProcedure through a real tRPC caller over real (never started) engines: which engine a
// call gets, how its input reaches the body, and every failure mapped to words in one place.
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EngineUnavailableError } from '@core/engine/engine';
import { EngineRegistry } from '@core/engine/registry';
import { appRouter, type Context } from '@core/router';
import { engineProcedure, inputProblem, publicProcedure, router } from '@core/router/trpc';
import { trpcFailure as failure } from '@test/support/trpc-failure';
import { unstartedEngine } from '@test/support/unstarted-engine';

let ran = 0;
const testRouter = router({
  which: engineProcedure.query(({ ctx, input }) => {
    ran++;
    return { engine: ctx.engine.id, input: input ?? null };
  }),
  echo: engineProcedure
    .input(z.object({ id: z.string() }))
    .query(({ ctx, input }) => ({ engine: ctx.engine.id, input })),
  list: engineProcedure
    .input(z.object({ all: z.boolean().default(true) }).default({ all: true }))
    .query(({ ctx, input }) => ({ engine: ctx.engine.id, input })),
  optional: engineProcedure
    .input(z.object({ tail: z.number() }).optional())
    .query(({ ctx, input }) => ({ engine: ctx.engine.id, input: input ?? null })),
  api: engineProcedure.query(({ ctx }) => {
    ctx.engine.api();
    return 'unreachable';
  }),
  engineRefusal: engineProcedure.mutation(() => {
    // What docker-modem throws for an engine's error answer.
    throw Object.assign(new Error('(HTTP code 409) unexpected - conflict: in use '), {
      statusCode: 409,
      json: { message: 'conflict: unable to remove repository reference "x" (must force)' },
    });
  }),
  onPurpose: engineProcedure.mutation(() => {
    throw new TRPCError({ code: 'CONFLICT', message: 'Said on purpose.' });
  }),
  feed: engineProcedure.subscription(async function* ({ ctx }) {
    yield ctx.engine.id;
    throw new EngineUnavailableError('The engine went away.');
  }),
  plain: publicProcedure.mutation(() => {
    throw new Error('(HTTP code 500) server error - the engine said this ');
  }),
});

const registry = new EngineRegistry([unstartedEngine('default'), unstartedEngine('remote')]);
const context = { engines: registry } as Context;
const caller = testRouter.createCaller(context);

describe('engineProcedure: which engine', () => {
  it('gives a call that names none the active engine, and one that names one that engine', async () => {
    expect(await caller.which()).toEqual({ engine: 'default', input: null });
    expect(await caller.which({ engineId: 'remote' })).toEqual({ engine: 'remote', input: null });
  });

  it('hands an object input to the body as its own schema parsed it, without engineId', async () => {
    expect(await caller.echo({ id: 'web' })).toEqual({ engine: 'default', input: { id: 'web' } });
    expect(await caller.echo({ id: 'web', engineId: 'remote' })).toEqual({
      engine: 'remote',
      input: { id: 'web' },
    });
  });

  it('keeps defaults of an input that may be left out, with or without engineId', async () => {
    expect(await caller.list()).toEqual({ engine: 'default', input: { all: true } });
    expect(await caller.list({ engineId: 'remote' })).toEqual({ engine: 'remote', input: { all: true } });
    expect(await caller.list({ all: false, engineId: 'remote' })).toEqual({
      engine: 'remote',
      input: { all: false },
    });
    expect(await caller.optional()).toEqual({ engine: 'default', input: null });
    expect(await caller.optional({ tail: 5, engineId: 'remote' })).toEqual({
      engine: 'remote',
      input: { tail: 5 },
    });
  });

  it('refuses an unknown engine id as NOT_FOUND, in words, before the body runs', async () => {
    const before = ran;
    const error = await failure(() => caller.which({ engineId: 'gone' }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe('Berth has no engine with the id "gone" (it has: default, remote).');
    expect(ran).toBe(before);
  });

  it('refuses an engine id that is not one as a bad input naming the field', async () => {
    const error = await failure(() => caller.echo({ id: 'web', engineId: '../default' }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(inputProblem(error.cause)).toMatch(/^engineId: Not an engine id/);
  });

  it('has no place for engineId in a non-object input, so tRPC refuses one by type', () => {
    // @ts-expect-error: "All input parsers did not resolve to an object"
    expect(() => engineProcedure.input(z.string())).not.toThrow();
  });
});

describe('engineProcedure: failures in words', () => {
  it('says a disconnected engine is not connected, as PRECONDITION_FAILED', async () => {
    const error = await failure(() => caller.api());
    expect(error.code).toBe('PRECONDITION_FAILED');
    expect(error.message).toBe('The Docker engine is not connected.');
  });

  it("gives other engine errors in the engine's own words", async () => {
    const error = await failure(() => caller.engineRefusal());
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('conflict: unable to remove repository reference "x" (must force)');
  });

  it('lets an error thrown on purpose pass as it is', async () => {
    const error = await failure(() => caller.onPurpose());
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toBe('Said on purpose.');
  });

  it("maps a subscription's failing stream the same way", async () => {
    const seen: string[] = [];
    const error = await failure(async () => {
      for await (const id of await caller.feed({ engineId: 'remote' })) seen.push(id);
    });
    expect(seen).toEqual(['remote']);
    expect(error.code).toBe('PRECONDITION_FAILED');
    expect(error.message).toBe('The engine went away.');
  });

  it('maps a procedure without an engine the same way', async () => {
    const error = await failure(() => caller.plain());
    expect(error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(error.message).toBe('the engine said this');
  });
});

describe('the app router', () => {
  const app = appRouter.createCaller(context);

  it('lists the engines and which one is active', async () => {
    expect((await app.engine.list()).map(({ id, active }) => ({ id, active }))).toEqual([
      { id: 'default', active: true },
      { id: 'remote', active: false },
    ]);
  });

  it('refuses an unknown engine on a real procedure, and reaches the named one', async () => {
    const unknown = await failure(() => app.engine.info({ engineId: 'gone' }));
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toContain('"gone"');
    expect(await app.containers.list({ engineId: 'remote' })).toEqual([]);
    const down = await failure(() => app.containers.inspect({ id: 'web', engineId: 'remote' }));
    expect(down.code).toBe('PRECONDITION_FAILED');
  });
});
