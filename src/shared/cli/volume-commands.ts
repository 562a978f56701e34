// The docker CLI lines for volume actions, shown next to the buttons that do the same.
import { commandLine } from './quote';

interface KeyValue {
  key: string;
  value: string;
}

export function volumeCreateCommand(input: {
  name?: string;
  driver?: string;
  labels?: KeyValue[];
  driverOpts?: KeyValue[];
}): string {
  const args = ['docker', 'volume', 'create'];
  if (input.driver && input.driver !== 'local') args.push('--driver', input.driver);
  for (const row of input.labels ?? []) if (row.key) args.push('--label', `${row.key}=${row.value}`);
  for (const row of input.driverOpts ?? []) if (row.key) args.push('--opt', `${row.key}=${row.value}`);
  if (input.name) args.push(input.name);
  return commandLine(args);
}

export const volumeRemoveCommand = (names: string[]) => commandLine(['docker', 'volume', 'rm', ...names]);
export const volumeInspectCommand = (name: string) => commandLine(['docker', 'volume', 'inspect', name]);
/** Berth removes the previewed names; the nearest CLI line is the prune itself. */
export const volumePruneCommand = () => commandLine(['docker', 'volume', 'prune', '--force']);

export function volumeBackupCommand(name: string, helper: string, file: string): string {
  return `${commandLine(['docker', 'run', '--rm', '-v', `${name}:/volume:ro`, helper, 'tar', 'czf', '-', '-C', '/volume', '.'])} > ${commandLine([file])}`;
}

export function volumeRestoreCommand(name: string, helper: string, file: string): string {
  return `${commandLine(['docker', 'run', '--rm', '-i', '-v', `${name}:/volume`, helper, 'tar', 'xzf', '-', '-C', '/volume'])} < ${commandLine([file])}`;
}

export function volumeCloneCommand(source: string, target: string, helper: string): string {
  return [
    commandLine(['docker', 'volume', 'create', target]),
    commandLine([
      'docker',
      'run',
      '--rm',
      '-v',
      `${source}:/from:ro`,
      '-v',
      `${target}:/to`,
      helper,
      'cp',
      '-a',
      '/from/.',
      '/to/',
    ]),
  ].join(' && ');
}

export const backupFileName = (name: string) => `${name}.tar.gz`;
