// Finds the compose tool Berth drives: the `docker compose` v2 plugin first, then the standalone
// `docker-compose` (v1, e.g. Debian's 1.29, or a v2 binary under that name). Each is asked for
// its version, so a `docker` CLI without the plugin is not mistaken for one.
import type { ComposeToolInfo } from '@shared/api/compose';
import { runCommand, type CommandRunner } from '../vm/command-runner';
import { findOnPath } from '../vm/host-tools';

export interface ComposeTool {
  kind: 'plugin' | 'standalone';
  /** The program, a full path. */
  path: string;
  /** Arguments before compose's own (["compose"] for the plugin). */
  prefix: string[];
  version: string;
  /** v1 has no `up --pull`; Berth pulls first instead. */
  major: number;
}

export interface FindToolOptions {
  pathEnv?: string;
  run?: CommandRunner;
  find?: (name: string, pathEnv: string) => string | null;
}

/** "Docker Compose version v2.24.1" / "docker-compose version 1.29.2, build unknown" → "2.24.1". */
export function parseComposeVersion(output: string): string | null {
  const match = /version\s+v?(\d+\.\d+(?:\.\d+)?[^\s,]*)/i.exec(output);
  return match?.[1] ?? null;
}

async function probe(
  run: CommandRunner,
  path: string,
  prefix: string[],
): Promise<{ version: string; major: number } | null> {
  try {
    const result = await run(path, [...prefix, 'version'], { timeoutMs: 15_000 });
    if (result.code !== 0) return null;
    const version = parseComposeVersion(result.stdout.toString('utf8'));
    if (!version) return null;
    return { version, major: Number(version.split('.')[0]) || 1 };
  } catch {
    return null;
  }
}

export async function findComposeTool(options: FindToolOptions = {}): Promise<ComposeTool | null> {
  const pathEnv = options.pathEnv ?? process.env.PATH ?? '';
  const run = options.run ?? runCommand;
  const find = options.find ?? findOnPath;
  const docker = find('docker', pathEnv);
  if (docker) {
    const found = await probe(run, docker, ['compose']);
    if (found) return { kind: 'plugin', path: docker, prefix: ['compose'], ...found };
  }
  const standalone = find('docker-compose', pathEnv);
  if (standalone) {
    const found = await probe(run, standalone, []);
    if (found) return { kind: 'standalone', path: standalone, prefix: [], ...found };
  }
  return null;
}

export function toolInfo(tool: ComposeTool | null): ComposeToolInfo {
  if (!tool) return { kind: null, path: null, version: null, command: null };
  return {
    kind: tool.kind,
    path: tool.path,
    version: tool.version,
    command: tool.kind === 'plugin' ? 'docker compose' : 'docker-compose',
  };
}

/** Looks once, and again on request (after the user installed one). */
export class ComposeToolFinder {
  private found: Promise<ComposeTool | null> | null = null;

  constructor(private readonly options: FindToolOptions = {}) {}

  get(refresh = false): Promise<ComposeTool | null> {
    if (refresh || !this.found) this.found = findComposeTool(this.options);
    return this.found;
  }
}
