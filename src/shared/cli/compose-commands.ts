// The `docker compose -p NAME ...` line of each compose action, as the user would type it.
import type { ComposeEngineAction, ComposeToolAction } from '../api/compose';
import { commandLine } from './quote';

function compose(project: string, files: readonly string[], args: string[]): string {
  return commandLine(['docker', 'compose', '-p', project, ...files.flatMap((file) => ['-f', file]), ...args]);
}

/** Start, stop, restart or remove a project (or one service) without its files. */
export function composeEngineCommand(project: string, action: ComposeEngineAction, service?: string): string {
  const only = service === undefined ? [] : [service];
  if (action === 'remove')
    return service === undefined
      ? compose(project, [], ['down'])
      : compose(project, [], ['rm', '-s', '-f', ...only]);
  return compose(project, [], [action, ...only]);
}

export interface ComposeToolOptions {
  build?: boolean;
  pull?: boolean;
  volumes?: boolean;
}

/** The arguments after `-p NAME -f FILE...` for a tool action. */
export function composeToolArgs(action: ComposeToolAction, options: ComposeToolOptions = {}): string[] {
  if (action === 'up')
    return ['up', '-d', ...(options.build ? ['--build'] : []), ...(options.pull ? ['--pull', 'always'] : [])];
  if (action === 'down') return ['down', ...(options.volumes ? ['--volumes'] : [])];
  return [action];
}

export function composeToolCommand(
  project: string,
  files: readonly string[],
  action: ComposeToolAction,
  options: ComposeToolOptions = {},
): string {
  return compose(project, files, composeToolArgs(action, options));
}

export function composeLogsCommand(project: string, services: readonly string[], follow: boolean): string {
  return compose(project, [], ['logs', ...(follow ? ['-f'] : []), ...services]);
}
