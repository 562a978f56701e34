// The TRPCError a router call fails with, for tests that check its code and words.
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';

/** Resolves with the error `run` rejects with, after checking that it is a TRPCError. */
export async function trpcFailure(run: () => Promise<unknown>): Promise<TRPCError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}
