// The docker CLI lines for network actions, shown next to the buttons that do the same.
import type { NetworkCreateInput } from '../api/networks-manage';
import { commandLine } from './quote';

export function networkCreateCommand(input: NetworkCreateInput): string {
  const args = ['docker', 'network', 'create'];
  if (input.driver && input.driver !== 'bridge') args.push('--driver', input.driver);
  if (input.subnet) args.push('--subnet', input.subnet);
  if (input.gateway) args.push('--gateway', input.gateway);
  if (input.internal) args.push('--internal');
  if (input.attachable) args.push('--attachable');
  for (const row of input.labels ?? []) if (row.key) args.push('--label', `${row.key}=${row.value}`);
  args.push(input.name || 'NAME');
  return commandLine(args);
}

export const networkRemoveCommand = (names: string[]) => commandLine(['docker', 'network', 'rm', ...names]);
export const networkInspectCommand = (name: string) => commandLine(['docker', 'network', 'inspect', name]);
export const networkPruneCommand = () => commandLine(['docker', 'network', 'prune', '--force']);
export function networkConnectCommand(network: string, container: string, aliases: string[]): string {
  return commandLine([
    'docker',
    'network',
    'connect',
    ...aliases.flatMap((alias) => ['--alias', alias]),
    network,
    container || 'CONTAINER',
  ]);
}
export const networkDisconnectCommand = (network: string, container: string) =>
  commandLine(['docker', 'network', 'disconnect', network, container]);
