// Keeps the react-query cache fresh from pushed changes: engine status, and every live list in
// the table (api/live-lists.ts). Mounted once at the root, so lists are current on every page
// without refetching.
import { skipToken, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import type { LiveItems, LiveResource } from '@shared/api';
import { liveResources } from '@shared/api';
import { useActiveEngineId, useLiveLists } from './hooks';
import { syncOptions, type LiveList } from './live-lists';
import { useTRPC } from './trpc';

function EngineStatusSync(): null {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const engineId = useActiveEngineId();
  const input = engineId ? { engineId } : skipToken;
  useSubscription(
    trpc.engine.statusChanges.subscriptionOptions(input, {
      onData: (status) => {
        if (!engineId) return;
        queryClient.setQueryData(trpc.engine.status.queryKey({ engineId }), status);
        if (status.state === 'connected')
          void queryClient.invalidateQueries({ queryKey: trpc.engine.info.queryKey() });
      },
    }),
  );
  return null;
}

function LiveListSync<K extends LiveResource>({ name }: { name: K }): null {
  const queryClient = useQueryClient();
  const list: LiveList<LiveItems[K]> = useLiveLists()[name];
  useSubscription(syncOptions(queryClient, list));
  return null;
}

export function LiveSync() {
  return (
    <>
      <EngineStatusSync />
      {liveResources.map((name) => (
        <LiveListSync key={name} name={name} />
      ))}
    </>
  );
}
