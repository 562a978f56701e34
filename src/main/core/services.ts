// The long-lived things a Backend owns besides its engine and settings: terminal sessions, log and
// download feeds, stats hubs, uploads in progress, registry logins and temp folders. Each backend
// has its own (two in one process share nothing); procedures reach them as `ctx.services`, and the
// backend's dispose() releases them all.
import { ContainerUploads } from './containers/file-upload';
import { StatsHubs } from './containers/stats-hub';
import { TerminalSessions } from './containers/terminal-sessions';
import type { DisposableStore } from './disposable-store';
import { imageLoadUploads } from './images/save-load';
import { sessionCredentials, type RegistryCredentials } from './registries/credentials';
import { FlowWindows } from './streams/flow-window';
import type { UploadStore } from './streams/upload-store';
import { TempDirs } from './temp-dirs';
import { VolumeUploads } from './volumes/browse';
import { restoreUploads } from './volumes/restore-uploads';

export interface BackendServices {
  /** `docker exec -it` shells and attaches, by session ID. */
  readonly terminals: TerminalSessions;
  /** Log feeds and the windows of those whose receivers acknowledge (the Logs tab), by feed ID. */
  readonly logs: FlowWindows;
  /** File downloads from containers and their windows, by download ID. */
  readonly downloads: FlowWindows;
  /** One stats hub per engine, and the feeds reading them. */
  readonly stats: StatsHubs;
  /** Files on their way into containers. */
  readonly fileUploads: ContainerUploads;
  /** Image archives on their way to `docker load`. */
  readonly imageLoads: UploadStore<null>;
  /** Volume archives on their way to a restore. */
  readonly volumeRestores: UploadStore<null>;
  /** Files on their way into volumes (the volume browser). */
  readonly volumeUploads: VolumeUploads;
  /** Registry logins; the front door installs its secret store (registries/credentials.ts). */
  credentials: RegistryCredentials;
  /** The folders the upload stores write into. */
  readonly tempDirs: TempDirs;
}

export interface ServiceOptions {
  /** Where temp folders go (default: the OS temp folder). */
  tempRoot?: string;
}

/** Makes the services and adds each to `owned`, so disposing it releases them, users before what they use. */
export function createServices(owned: DisposableStore, options: ServiceOptions = {}): BackendServices {
  // Added first, so released last: the upload stores below write into these folders.
  const tempDirs = owned.add(new TempDirs(options.tempRoot));
  return {
    tempDirs,
    credentials: sessionCredentials(),
    imageLoads: owned.add(imageLoadUploads(tempDirs)),
    fileUploads: owned.add(new ContainerUploads(tempDirs)),
    volumeRestores: owned.add(restoreUploads(tempDirs)),
    volumeUploads: owned.add(new VolumeUploads(tempDirs)),
    stats: owned.add(new StatsHubs()),
    downloads: owned.add(new FlowWindows()),
    logs: owned.add(new FlowWindows()),
    terminals: owned.add(new TerminalSessions()),
  };
}
