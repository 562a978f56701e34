// The one tRPC instance: context, error shape, procedure builders.
import { initTRPC, TRPCError } from '@trpc/server';
import type { ActivityLog } from '../activity/activity-log';
import { z } from 'zod';
import { engineIdSchema, type EngineSelection } from '@shared/api/engines';
import type { EngineRegistry } from '../engine/registry';
import type { AccessPolicy } from '../policy';
import type { BackendServices } from '../services';
import type { SettingsFile } from '../settings/settings-file';
import type { ProviderManager } from '../vm/manager';
import { engineMessage } from '../engine/errors';
import { inWords, toTRPCError } from './errors';

export interface Context {
  /** The engines a call may name; engineProcedure puts the one it names in `ctx.engine`. */
  engines: EngineRegistry;
  settings: SettingsFile;
  activity: ActivityLog;
  /** What this front door lets a client do with the host (web mode: the operator's flags). */
  policy: AccessPolicy;
  /** Absent in tests that build a context by hand around engines. */
  providers?: ProviderManager;
  /** What the Backend owns for clients: terminal sessions, feeds, stats, uploads, logins. */
  services: BackendServices;
  /** Native dialogs: given by the desktop shell for its own window's calls, never in web mode. */
  dialogs?: HostDialogs;
}

export interface HostDialogs {
  /** A folder the user chose, or null when they closed the picker. */
  pickFolder(title: string | null): Promise<string | null>;
  /** A file the user chose (a compose file), or null. */
  pickFile(options: PickFileOptions): Promise<string | null>;
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

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return value !== null && typeof value === 'object' && Symbol.asyncIterator in value;
}

/** Every procedure's failure reaches the client in words (errors.ts); subscriptions' too. */
const errorsInWords = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) return { ...result, error: toTRPCError(result.error) };
  const data: unknown = result.data;
  return isAsyncIterable(data) ? { ...result, data: inWords(data) } : result;
});

/** A procedure that needs no engine (settings, activity, providers, sessions by id). */
export const publicProcedure = t.procedure.use(errorsInWords);

/**
 * What engineProcedure reads from any input: `engineId` when the input is an object that has one.
 * A procedure's own `.input()` parses the same raw input separately (tRPC runs each parser on it
 * and merges object results), so its schema needs no `engineId` field; an object schema strips
 * it. Its type is the selection only, so that inputs typed on top of it get `engineId?` too.
 */
const engineSelection = z.preprocess(
  (raw) =>
    raw !== null && typeof raw === 'object' && 'engineId' in raw && raw.engineId !== undefined
      ? { engineId: raw.engineId }
      : undefined,
  z.object({ engineId: engineIdSchema }).optional(),
) as unknown as z.ZodType<EngineSelection | undefined, EngineSelection | undefined>;

/**
 * A procedure that works on one engine: the input's optional `engineId` names it (default: the
 * active one; an unknown id is NOT_FOUND in words), and the body reads it as `ctx.engine`.
 * Chain `.input()` with an object schema (or none): tRPC refuses, by type, a non-object input
 * after this one, since there would be nowhere to put `engineId`.
 */
export const engineProcedure = publicProcedure.input(engineSelection).use(({ ctx, input, next }) =>
  // The procedure's own parser then sees the raw input alone, not merged with the selection.
  next({ ctx: { engine: ctx.engines.resolve(input?.engineId) }, input: undefined }),
);
