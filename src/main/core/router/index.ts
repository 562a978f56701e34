// The API contract: one router, served over Electron IPC and over HTTP + WebSocket.
import { activityRouter } from './activity';
import { containersRouter } from './containers';
import { engineRouter } from './engine';
import { imagesRouter } from './images';
import { settingsRouter } from './settings';
import { router } from './trpc';

export const appRouter = router({
  engine: engineRouter,
  containers: containersRouter,
  images: imagesRouter,
  settings: settingsRouter,
  activity: activityRouter,
});

export type AppRouter = typeof appRouter;
export type { Context } from './trpc';
