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

/** Deleting needs a running container: the engine API has no delete, so Berth runs this exec. */
export function deletePathCommand(container: string, path: string): string {
  return commandLine(['docker', 'exec', container, 'rm', '-rf', '--', path]);
}

export function makeFolderCommand(container: string, path: string): string {
  return commandLine(['docker', 'exec', container, 'mkdir', '--', path]);
}

/** The archive of one file on stdout (a tar), which is what View reads. */
export function viewFileCommand(container: string, path: string): string {
  return commandLine(['docker', 'cp', `${container}:${path}`, '-']);
}
