// Containers: the list from the model (all, or only the running ones), and its live change feed.
import { containerListInput } from '@shared/api';
import { liveList, liveStores } from './live-lists';
import { engineProcedure, router } from './trpc';

export const containersRouter = router({
  // Not the table's plain list: this one takes the docker CLI's `--all` (default on).
  list: engineProcedure.input(containerListInput).query(({ ctx, input }) => {
    const all = liveStores.containers(ctx).list();
    return input.all ? all : all.filter((container) => container.state === 'running');
  }),
  changes: liveList('containers').changes,
});
