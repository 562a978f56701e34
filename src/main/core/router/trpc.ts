// The one tRPC instance: context, error shape, procedure builders.
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { ActivityLog } from '../activity/activity-log';
import type { Engine } from '../engine/engine';
import type { AccessPolicy } from '../policy';
import type { SettingsFile } from '../settings/settings-file';
import { EngineUnavailableError } from '../engine/engine';
import { engineMessage } from '../engine/errors';

export interface Context {
  engine: Engine;
  settings: SettingsFile;
  activity: ActivityLog;
  /** What this front door lets a client do with the host (web mode: the operator's flags). */
  policy: AccessPolicy;
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // Engine errors reach the user as the engine's own words, never a stack.
    const cause = error.cause;
    const message =
      cause instanceof ZodError
        ? cause.issues
            .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ` : '') + issue.message)
            .join('; ')
        : cause && !(error.cause instanceof TRPCError)
          ? engineMessage(cause)
          : shape.message;
    return { ...shape, message, data: { ...shape.data, stack: undefined } };
  },
});

export const router = t.router;
export const mergeRouters = t.mergeRouters;
export const publicProcedure = t.procedure;

/** Runs an engine call; turns "not connected" into a typed, readable error. */
export async function engineCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof EngineUnavailableError) {
      throw new TRPCError({ code: 'PRECONDITION_FAILED', message: error.message, cause: error });
    }
    throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: engineMessage(error), cause: error });
  }
}
