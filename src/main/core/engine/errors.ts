// Engine and socket failures in words a person can act on.

interface EngineErrorLike {
  code?: string;
  statusCode?: number;
  reason?: string;
  message?: string;
  json?: { message?: string } | null;
}

export function describeConnectError(error: unknown, host: string): string {
  const e = (error ?? {}) as EngineErrorLike;
  switch (e.code) {
    case 'ENOENT':
      return `No Docker engine at ${host}: the socket does not exist. Is Docker running?`;
    case 'ECONNREFUSED':
      return `The Docker engine at ${host} refused the connection. Is it running?`;
    case 'EACCES':
    case 'EPERM':
      return `Permission denied on ${host}. Add your user to the "docker" group, or choose another engine.`;
    case 'ETIMEDOUT':
    case 'TIMEOUT':
      return `The Docker engine at ${host} did not answer in time.`;
    case 'ECONNRESET':
    case 'EPIPE':
      return `The Docker engine at ${host} closed the connection.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot resolve the engine host in ${host}.`;
    default:
      return `Cannot reach the Docker engine at ${host}: ${engineMessage(error)}`;
  }
}

/** The engine's own message for an API error ({"message": ...}), else the error's text. */
export function engineMessage(error: unknown): string {
  const e = (error ?? {}) as EngineErrorLike;
  // Berth never follows a redirect from the engine (engine/client.ts); say so rather than show
  // the redirect's HTML body.
  if (e.statusCode !== undefined && e.statusCode >= 300 && e.statusCode < 400)
    return `The engine answered with a redirect (HTTP ${e.statusCode}), which Berth does not follow.`;
  const fromJson = e.json?.message;
  if (fromJson) return fromJson;
  const text = e.message ?? String(error);
  // docker-modem formats as "(HTTP code 404) no such container - No such container: x "
  const match = /^\(HTTP code \d+\) [^-]+- (.*)$/s.exec(text);
  return (match?.[1] ?? text).trim();
}

/** Socket-level failures: the engine did not answer at all (as opposed to answering with an error). */
const UNREACHABLE = new Set([
  'ENOENT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'TIMEOUT',
  'EHOSTUNREACH',
]);

/** Whether an error says the engine is gone (died, restarting, socket missing), not that it refused. */
export function isEngineUnreachable(error: unknown): boolean {
  const e = (error ?? {}) as EngineErrorLike;
  return typeof e.statusCode !== 'number' && typeof e.code === 'string' && UNREACHABLE.has(e.code);
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(Object.assign(new Error(`${what} timed out after ${ms} ms`), { code: 'TIMEOUT' })),
      ms,
    );
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
