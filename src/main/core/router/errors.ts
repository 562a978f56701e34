// The one place a failure becomes a tRPC error in words: every procedure's (engineProcedure's
// and publicProcedure's) thrown error and every subscription's failing stream passes here.
import { TRPCError } from '@trpc/server';
import { ComposeFileError, WEB_COMPOSE_REFUSED } from '../compose/files';
import { NoComposeToolError } from '../compose/tool-actions';
import { FileEditError } from '../containers/file-edit';
import { EngineUnavailableError } from '../engine/engine';
import { engineMessage } from '../engine/errors';
import { UnknownEngineError } from '../engine/registry';
import { UploadError } from '../streams/upload-store';
import { VolumeRestoreError } from '../volumes/backup';
import { HelperImageError } from '../volumes/helper';
import { VolumeInUseError } from '../volumes/manage';
import { NetworkRefusedError } from '../networks/manage';

/** Failures that are the user's to fix, in their own words, with the code that says what kind. */
function refusal(error: unknown): TRPCError | null {
  if (error instanceof EngineUnavailableError)
    return new TRPCError({ code: 'PRECONDITION_FAILED', message: error.message, cause: error });
  if (error instanceof UnknownEngineError)
    return new TRPCError({ code: 'NOT_FOUND', message: error.message, cause: error });
  if (error instanceof UploadError)
    return new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
  if (
    error instanceof VolumeInUseError ||
    error instanceof VolumeRestoreError ||
    error instanceof NetworkRefusedError
  )
    return new TRPCError({ code: 'CONFLICT', message: error.message, cause: error });
  if (error instanceof ComposeFileError && error.message === WEB_COMPOSE_REFUSED)
    return new TRPCError({ code: 'FORBIDDEN', message: error.message, cause: error });
  if (error instanceof ComposeFileError || error instanceof NoComposeToolError)
    return new TRPCError({ code: 'PRECONDITION_FAILED', message: error.message, cause: error });
  if (error instanceof HelperImageError)
    return new TRPCError({ code: 'PRECONDITION_FAILED', message: error.message, cause: error });
  if (error instanceof FileEditError)
    return new TRPCError({
      code: error.reason === 'not-running' ? 'PRECONDITION_FAILED' : 'BAD_REQUEST',
      message: error.message,
      cause: error,
    });
  return null;
}

/**
 * A TRPCError a procedure threw on purpose passes as it is. Anything else (tRPC wraps a plain
 * throw as INTERNAL_SERVER_ERROR around it) becomes a refusal above, or the engine's own words.
 */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) {
    const cause = error.cause;
    const wrapped = error.code === 'INTERNAL_SERVER_ERROR' && cause && !(cause instanceof TRPCError);
    return wrapped ? toTRPCError(cause) : error;
  }
  return (
    refusal(error) ??
    new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: engineMessage(error), cause: error })
  );
}

/** A subscription's stream whose failure reaches the client as toTRPCError says it. */
export async function* inWords<T>(source: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* source;
  } catch (error) {
    throw toTRPCError(error);
  }
}
