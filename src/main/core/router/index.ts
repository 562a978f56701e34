// The API contract: one router, served over Electron IPC and over HTTP + WebSocket.
// Each concern keeps its procedures in its own file; this file places them in the tree
// (`containers.logs.follow`, `images.archive.load.start`, ...).
import { activityRouter } from './activity';
import { composeRouter } from './compose';
import { containersRouter } from './containers';
import { containerDetailsRouter } from './containers-details';
import { containerLifecycleRouter } from './containers-lifecycle';
import { containerCommitRouter } from './containers-commit';
import { containerFilesRouter } from './containers-files';
import { containerLogsRouter } from './containers-logs';
import { containerStatsRouter } from './containers-stats';
import { containerTerminalRouter } from './containers-terminal';
import { desktopRouter } from './desktop';
import { engineRouter } from './engine';
import { imagesRouter } from './images';
import { imageArchiveRouter } from './images-archive';
import { imageBuildRouter } from './images-build';
import { imageDetailsRouter } from './images-details';
import { imageHubRouter } from './images-hub';
import { imageManageRouter } from './images-manage';
import { imageTransferRouter } from './images-transfer';
import { networksRouter } from './networks';
import { networksManageRouter } from './networks-manage';
import { providersRouter } from './providers';
import { registriesRouter } from './registries';
import { settingsRouter } from './settings';
import { systemRouter } from './system';
import { systemManageRouter } from './system-manage';
import { mergeRouters, router } from './trpc';
import { volumesRouter } from './volumes';
import { volumeBackupRouter, volumeRestoreRouter } from './volumes-backup';
import { volumesManageRouter } from './volumes-manage';
import { volumeFilesRouter } from './volumes-files';

export const appRouter = router({
  engine: engineRouter,
  containers: mergeRouters(
    containersRouter,
    containerLifecycleRouter,
    containerDetailsRouter,
    containerCommitRouter,
    router({
      logs: containerLogsRouter,
      terminal: containerTerminalRouter,
      stats: containerStatsRouter,
      files: containerFilesRouter,
    }),
  ),
  images: mergeRouters(
    imagesRouter,
    imageManageRouter,
    imageDetailsRouter,
    router({
      transfer: imageTransferRouter,
      archive: imageArchiveRouter,
      build: imageBuildRouter,
      hub: imageHubRouter,
    }),
  ),
  volumes: mergeRouters(
    volumesRouter,
    volumesManageRouter,
    router({ files: volumeFilesRouter, backup: volumeBackupRouter, restore: volumeRestoreRouter }),
  ),
  networks: mergeRouters(networksRouter, networksManageRouter),
  registries: registriesRouter,
  settings: settingsRouter,
  activity: activityRouter,
  system: mergeRouters(systemRouter, systemManageRouter),
  providers: providersRouter,
  desktop: desktopRouter,
  compose: composeRouter,
});

export type AppRouter = typeof appRouter;
export type { Context, HostDialogs } from './trpc';
