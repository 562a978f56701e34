// The `docker ...` lines for the container details page (logs, exec, attach, top, inspect).
import { commandLine } from './quote';

export interface LogsCommandOptions {
  follow: boolean;
  tail: number | null;
  since: string;
  timestamps: boolean;
}

export function logsCommand(container: string, options: LogsCommandOptions): string {
  const args = ['docker', 'logs'];
  if (options.follow) args.push('--follow');
  if (options.tail !== null) args.push('--tail', String(options.tail));
  if (options.since) args.push('--since', options.since);
  if (options.timestamps) args.push('--timestamps');
  return commandLine([...args, container]);
}

export function execCommand(container: string, shell: string, user: string): string {
  const args = ['docker', 'exec', '-it'];
  // As the CLI: without -u the container's own user; -u exactly when a user was asked for.
  if (user) args.push('-u', user);
  return commandLine([...args, container, shell]);
}

/**
 * Attach to the main process: `docker start -a` (with -i when the container keeps stdin open)
 * when Berth starts it attached, `docker attach` when it already runs.
 */
export function attachCommand(container: string, options: { start: boolean; stdin: boolean }): string {
  if (!options.start) return commandLine(['docker', 'attach', container]);
  return commandLine(['docker', 'start', options.stdin ? '-ai' : '-a', container]);
}

export function topCommand(container: string): string {
  return commandLine(['docker', 'top', container]);
}

export function inspectCommand(container: string): string {
  return commandLine(['docker', 'container', 'inspect', container]);
}
