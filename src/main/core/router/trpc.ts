// The one tRPC instance: context, error shape, procedure builders.
import { initTRPC, TRPCError } from '@trpc/server';
import type { ActivityLog } from '../activity/activity-log';
import type { Engine } from '../engine/engine';
import type { AccessPolicy } from '../policy';
import type { SettingsFile } from '../settings/settings-file';
import type { ProviderManager } from '../vm/manager';
import { EngineUnavailableError } from '../engine/engine';
import { engineMessage } from '../engine/errors';

export interface Context {
  engine: Engine;
  settings: SettingsFile;
  activity: ActivityLog;
  /** What this front door lets a client do with the host (web mode: the operator's flags). */
  policy: AccessPolicy;
  /** Absent in tests that build a context by hand around one engine. */
  providers?: ProviderManager;
  /** The desktop app's native file picker (the shell's); absent in web mode. */
  pickFile?: (options: PickFileOptions) => Promise<string | null>;
}

export interface PickFileOptions {
  title: string;
  filters: { name: string; extensions: string[] }[];
}

/** A refused input in words ("id: Not a container ID or name"), not the schema's JSON dump. */
export function inputProblem(cause: unknown): string | null {
  const issues = (cause as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues) || issues.length === 0) return null;
  return (issues as { message?: string; path?: PropertyKey[] }[])
    .slice(0, 5)
    .map((issue) => {
      const where = (issue.path ?? []).map(String).join('.');
      return where ? `${where}: ${issue.message ?? 'invalid'}` : (issue.message ?? 'invalid');
    })
    .join('; ');
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // Engine errors reach the user as the engine's own words, never a stack; refused input as
    // the schema's words.
    const cause = error.cause;
    const message =
      (error.code === 'BAD_REQUEST' ? inputProblem(cause) : null) ??
      (cause && !(error.cause instanceof TRPCError) ? engineMessage(cause) : shape.message);
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
