// Runs the compose tool against the engine Berth uses: an argv array (never a shell), DOCKER_HOST
// (and TLS) set to Berth's endpoint with the user's own compose and context variables removed,
// output split into lines for the Activity panel, and cancel by signal.
import { spawn } from 'node:child_process';
import type { TlsMaterial } from '../engine/endpoint';
import type { ComposeTool } from './tool';

export interface ToolEndpoint {
  host: string;
  tls: TlsMaterial | null;
}

export interface RunToolOptions {
  tool: ComposeTool;
  endpoint: ToolEndpoint;
  project: string;
  files: readonly string[];
  /** The folder relative paths in the file are resolved against. */
  cwd: string;
  args: readonly string[];
  signal: AbortSignal;
  onLine: (line: string) => void;
  /** Grace period between SIGTERM and SIGKILL on cancel. */
  killAfterMs?: number;
}

export interface RunToolResult {
  code: number | null;
  /** The last lines the tool wrote (its error, when it failed). */
  tail: string[];
}

/** Variables that would point the tool at another engine or another project. */
const DROPPED = [
  'DOCKER_HOST',
  'DOCKER_CONTEXT',
  'DOCKER_TLS',
  'DOCKER_TLS_VERIFY',
  'DOCKER_CERT_PATH',
  'COMPOSE_FILE',
  'COMPOSE_PROJECT_NAME',
  'COMPOSE_PROFILES',
  'COMPOSE_PATH_SEPARATOR',
];

export function toolEnv(endpoint: ToolEndpoint, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const name of DROPPED) delete env[name];
  env.DOCKER_HOST = endpoint.host;
  if (endpoint.tls) {
    env.DOCKER_CERT_PATH = endpoint.tls.certPath;
    if (endpoint.tls.verify) env.DOCKER_TLS_VERIFY = '1';
    else env.DOCKER_TLS = '1';
  }
  return env;
}

export function toolArgv(
  tool: ComposeTool,
  project: string,
  files: readonly string[],
  args: readonly string[],
) {
  return [...tool.prefix, '--ansi', 'never', '-p', project, ...files.flatMap((f) => ['-f', f]), ...args];
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
const TAIL = 40;
const GROUPS = process.platform !== 'win32';

export function runComposeTool(options: RunToolOptions): Promise<RunToolResult> {
  const { tool, signal } = options;
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      resolve({ code: null, tail: [] });
      return;
    }
    const child = spawn(tool.path, toolArgv(tool, options.project, options.files, options.args), {
      cwd: options.cwd,
      env: toolEnv(options.endpoint),
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
      // Its own process group, so cancel also stops what it started (v1 runs `docker build`,
      // which holds the output pipes open and would outlive a signal to the tool alone).
      detached: GROUPS,
    });
    const tail: string[] = [];
    const take = (line: string) => {
      const clean = line.replace(ANSI, '').replace(/\r/g, '').trimEnd();
      if (!clean) return;
      tail.push(clean);
      if (tail.length > TAIL) tail.shift();
      options.onLine(clean);
    };
    const lines = (stream: NodeJS.ReadableStream) => {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const parts = (partial + chunk).split('\n');
        partial = parts.pop() ?? '';
        if (partial.length > 64 * 1024) partial = partial.slice(-64 * 1024);
        for (const part of parts) take(part);
      });
      stream.on('end', () => {
        if (partial) take(partial);
        partial = '';
      });
    };
    lines(child.stdout);
    lines(child.stderr);
    let killer: NodeJS.Timeout | null = null;
    const signalAll = (name: NodeJS.Signals) => {
      try {
        if (GROUPS && child.pid) process.kill(-child.pid, name);
        else child.kill(name);
      } catch {
        child.kill(name); // the group is gone already
      }
    };
    const cancel = () => {
      signalAll('SIGTERM');
      killer = setTimeout(() => signalAll('SIGKILL'), options.killAfterMs ?? 5000);
      killer.unref?.();
    };
    signal.addEventListener('abort', cancel, { once: true });
    child.on('error', (error) => {
      signal.removeEventListener('abort', cancel);
      reject(error);
    });
    child.on('close', (code) => {
      signal.removeEventListener('abort', cancel);
      if (killer) clearTimeout(killer);
      resolve({ code, tail });
    });
  });
}

/**
 * The tool's own error: from its first line that names an error to the end (compose says the cause
 * first, e.g. "port is already allocated", and a summary last), repeated lines once; else its
 * last lines.
 */
export function toolError(tail: readonly string[], code: number | null): string {
  const from = tail.findIndex((line) => /error|invalid|denied|failed/i.test(line));
  const lines = from >= 0 ? [...new Set(tail.slice(from))].slice(-12) : tail.slice(-5);
  return lines.join('\n') || `The compose tool ended with exit code ${code ?? 'unknown'}.`;
}
