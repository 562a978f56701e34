// The docker CLI lines for build, save, load, history, inspect and search.
import { commandLine } from './quote';

export interface BuildCommandOptions {
  context: string;
  dockerfile?: string;
  tags?: string[];
  buildArgs?: { key: string; value: string }[];
  target?: string;
  pull?: boolean;
  noCache?: boolean;
}

export function buildCommand(options: BuildCommandOptions): string {
  const args = ['docker', 'build'];
  for (const tag of options.tags ?? []) if (tag.trim()) args.push('-t', tag.trim());
  const dockerfile = options.dockerfile?.trim();
  // -f is relative to the current folder for the CLI, so show it joined to the context.
  if (dockerfile && dockerfile !== 'Dockerfile')
    args.push('-f', joinPath(options.context.trim(), dockerfile));
  for (const arg of options.buildArgs ?? []) if (arg.key) args.push('--build-arg', `${arg.key}=${arg.value}`);
  if (options.target?.trim()) args.push('--target', options.target.trim());
  if (options.pull) args.push('--pull');
  if (options.noCache) args.push('--no-cache');
  args.push(options.context.trim() || '.');
  return commandLine(args);
}

function joinPath(context: string, relative: string): string {
  if (relative.startsWith('/') || !context) return relative;
  return `${context.replace(/\/+$/, '')}/${relative}`;
}

export function saveCommand(refs: string[], file: string): string {
  return commandLine(['docker', 'save', '-o', file, ...refs]);
}

export function loadCommand(file: string): string {
  return commandLine(['docker', 'load', '-i', file]);
}

export function historyCommand(ref: string): string {
  return commandLine(['docker', 'history', '--no-trunc', ref]);
}

export function searchCommand(
  term: string,
  options: { limit?: number; officialOnly?: boolean; minStars?: number } = {},
): string {
  const args = ['docker', 'search'];
  if (options.officialOnly) args.push('--filter', 'is-official=true');
  if (options.minStars) args.push('--filter', `stars=${options.minStars}`);
  if (options.limit && options.limit !== 25) args.push('--limit', String(options.limit));
  args.push(term);
  return commandLine(args);
}

/** `<repo>_<tag>.tar`, safe as a file name: "127.0.0.1:5000/a/b:1" -> "127.0.0.1_5000_a_b_1.tar". */
export function saveFileName(ref: string): string {
  const id = /^(?:sha256:)?([0-9a-f]{12,64})$/.exec(ref);
  if (id) return `${id[1]!.slice(0, 12)}.tar`;
  const at = ref.indexOf('@');
  const base = at >= 0 ? ref.slice(0, at) : ref;
  const colon = base.lastIndexOf(':');
  const hasTag = colon > base.lastIndexOf('/');
  const repo = hasTag ? base.slice(0, colon) : base;
  const tag = hasTag ? base.slice(colon + 1) : at >= 0 ? 'digest' : 'latest';
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `${safe(repo)}_${safe(tag)}.tar`;
}
