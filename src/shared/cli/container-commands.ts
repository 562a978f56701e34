// The docker CLI lines for container actions, shown next to each action with a copy button.
import type { KillSignal } from '../api/container-constants';
import { splitCommand } from '../api/run-parse';
import type { RunSpecInput } from '../api/run-spec';
import { commandLine } from './quote';

/** Argument vector of `docker run` (or `docker create`) for a Run form, as typed. */
export function runArgs(spec: RunSpecInput, mode: 'run' | 'create' = 'run'): string[] {
  const args = ['docker', mode];
  if (mode === 'run') args.push('-d');
  if (spec.interactive && spec.tty) args.push('-it');
  else if (spec.interactive) args.push('-i');
  else if (spec.tty) args.push('-t');
  if (spec.name?.trim()) args.push('--name', spec.name.trim());
  if (spec.publishAll) args.push('-P');
  for (const port of spec.ports ?? []) if (port.trim()) args.push('-p', port.trim());
  for (const { key, value } of spec.env ?? []) if (key.trim()) args.push('-e', `${key.trim()}=${value}`);
  for (const mount of spec.mounts ?? []) {
    if (!mount.target.trim()) continue;
    const source = mount.source.trim();
    const ro = mount.readOnly ? ':ro' : '';
    args.push('-v', source ? `${source}:${mount.target.trim()}${ro}` : `${mount.target.trim()}${ro}`);
  }
  if (spec.workdir?.trim()) args.push('-w', spec.workdir.trim());
  if (spec.user?.trim()) args.push('-u', spec.user.trim());
  if (spec.autoRemove) args.push('--rm');
  const restart = spec.restart ?? 'no';
  if (restart !== 'no') {
    const max = restart === 'on-failure' && spec.maxRetries?.trim() ? `:${spec.maxRetries.trim()}` : '';
    args.push('--restart', `${restart}${max}`);
  }
  if (spec.network?.trim()) args.push('--network', spec.network.trim());
  for (const { key, value } of spec.labels ?? []) if (key.trim()) args.push('-l', `${key.trim()}=${value}`);
  if (spec.cpus?.trim()) args.push('--cpus', spec.cpus.trim());
  if (spec.memory?.trim()) args.push('-m', spec.memory.trim());
  // `--entrypoint` takes one word; further words become the first arguments, as the engine
  // would run them anyway (see create-spec.ts, which does the same).
  const entrypoint = wordsOf(spec.entrypoint);
  if (entrypoint.length > 0) args.push('--entrypoint', entrypoint[0]!);
  args.push(spec.image?.trim() || '<image>');
  args.push(...entrypoint.slice(1), ...wordsOf(spec.command));
  return args;
}

function wordsOf(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  const parsed = splitCommand(text);
  return parsed.ok ? parsed.value : [text];
}

export function runCommand(spec: RunSpecInput, mode: 'run' | 'create' = 'run'): string {
  return commandLine(runArgs(spec, mode));
}

export function startCommand(ref: string, attach = false): string {
  return commandLine(attach ? ['docker', 'start', '-a', ref] : ['docker', 'start', ref]);
}

export function stopCommand(ref: string, timeout?: number): string {
  return commandLine(['docker', 'stop', ...(timeout === undefined ? [] : ['-t', String(timeout)]), ref]);
}

export function restartCommand(ref: string, timeout?: number): string {
  return commandLine(['docker', 'restart', ...(timeout === undefined ? [] : ['-t', String(timeout)]), ref]);
}

export function killCommand(refs: string | string[], signal: KillSignal = 'SIGKILL'): string {
  const list = typeof refs === 'string' ? [refs] : refs;
  return commandLine(['docker', 'kill', ...(signal === 'SIGKILL' ? [] : ['-s', signal]), ...list]);
}

export function pauseCommand(ref: string): string {
  return commandLine(['docker', 'pause', ref]);
}

export function unpauseCommand(ref: string): string {
  return commandLine(['docker', 'unpause', ref]);
}

export function renameCommand(ref: string, name: string): string {
  return commandLine(['docker', 'rename', ref, name]);
}

export function removeCommand(refs: string[], options: { force?: boolean; volumes?: boolean } = {}): string {
  const flags = `${options.force ? 'f' : ''}${options.volumes ? 'v' : ''}`;
  return commandLine(['docker', 'rm', ...(flags ? [`-${flags}`] : []), ...refs]);
}

/** What Berth's prune does: remove exactly the confirmed stopped containers. */
export function pruneCommand(refs: string[]): string {
  return removeCommand(refs);
}

/** The CLI line of a bulk action over several containers (docker takes many at once). */
export function bulkCommand(
  action: 'start' | 'stop' | 'restart' | 'pause' | 'unpause' | 'kill',
  refs: string[],
): string {
  return commandLine(['docker', action, ...refs]);
}
