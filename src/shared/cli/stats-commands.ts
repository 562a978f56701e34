// The docker command lines for stats, files and commit actions, shown next to them with a copy button.
import { commandLine } from './quote';

export function statsCommand(container: string): string {
  return commandLine(['docker', 'stats', container]);
}

export function copyOutCommand(container: string, path: string, fileName: string): string {
  return commandLine(['docker', 'cp', `${container}:${path}`, `./${fileName}`]);
}

export function copyInCommand(container: string, fileName: string, folder: string): string {
  return commandLine(['docker', 'cp', `./${fileName}`, `${container}:${folder}`]);
}

export interface CommitCommandOptions {
  container: string;
  reference: string;
  message?: string;
  author?: string;
  pause?: boolean;
  changes?: string[];
}

export function commitCommand(options: CommitCommandOptions): string {
  const args = ['docker', 'commit'];
  if (options.author) args.push('--author', options.author);
  if (options.message) args.push('--message', options.message);
  for (const change of options.changes ?? []) args.push('--change', change);
  if (options.pause === false) args.push('--pause=false');
  args.push(options.container);
  if (options.reference) args.push(options.reference);
  return commandLine(args);
}
