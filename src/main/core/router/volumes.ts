// Volumes: the list from the model, and its live change feed.
import { liveList } from './live-lists';
import { router } from './trpc';

export const volumesRouter = router(liveList('volumes'));
