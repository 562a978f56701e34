// The docker CLI lines for image transfer actions, shown next to the buttons that do the same.
import type { PruneMode } from '../api/images-transfer';
import { commandLine } from './quote';

export const pullCommand = (reference: string) => commandLine(['docker', 'pull', reference]);
export const pushCommand = (reference: string) => commandLine(['docker', 'push', reference]);
export const tagCommand = (source: string, target: string) => commandLine(['docker', 'tag', source, target]);
export const removeImageCommand = (image: string, force: boolean) =>
  commandLine(['docker', 'image', 'rm', ...(force ? ['--force'] : []), image]);
export const pruneImagesCommand = (mode: PruneMode) =>
  commandLine(['docker', 'image', 'prune', ...(mode === 'unused' ? ['--all'] : []), '--force']);
export const loginCommand = (server: string, username: string) =>
  commandLine(['docker', 'login', '--username', username, '--password-stdin', server]);
export const logoutCommand = (server: string) => commandLine(['docker', 'logout', server]);
export const imageInspectCommand = (ref: string) => commandLine(['docker', 'image', 'inspect', ref]);
