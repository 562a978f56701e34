// Keeps the react-query cache fresh from pushed changes: engine status, containers, images.
// Each list's key carries the engine id its changes say they are from.
// Mounted once at the root, so lists are current on every page without refetching.
import { skipToken, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import type {
  ContainerChange,
  ContainerSummary,
  ImageChange,
  ImageSummary,
  NetworkChange,
  NetworkSummary,
  VolumeChange,
  VolumeSummary,
} from '../../shared/api';
import { applyChanges, type Change } from './apply-changes';
import { useActiveEngineId } from './hooks';
import { useTRPC } from './trpc';

function containerChange(change: ContainerChange): Change<ContainerSummary> {
  if (change.type === 'snapshot') return { type: 'snapshot', items: change.containers };
  if (change.type === 'upsert') return { type: 'upsert', item: change.container };
  return change;
}

function imageChange(change: ImageChange): Change<ImageSummary> {
  if (change.type === 'snapshot') return { type: 'snapshot', items: change.images };
  if (change.type === 'upsert') return { type: 'upsert', item: change.image };
  return change;
}

function volumeChange(change: VolumeChange): Change<VolumeSummary> {
  if (change.type === 'snapshot') return { type: 'snapshot', items: change.volumes };
  if (change.type === 'upsert') return { type: 'upsert', item: change.volume };
  return change;
}

function networkChange(change: NetworkChange): Change<NetworkSummary> {
  if (change.type === 'snapshot') return { type: 'snapshot', items: change.networks };
  if (change.type === 'upsert') return { type: 'upsert', item: change.network };
  return change;
}

/** The engine a batch of changes is from: each change says (a subscription is one engine's). */
function engineOf(batch: readonly { engineId: string }[], subscribed: string): string {
  return batch[0]?.engineId ?? subscribed;
}

export function LiveSync(): null {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // The active engine's feeds, written under keys that carry its id.
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
  useSubscription(
    trpc.containers.changes.subscriptionOptions(input, {
      onData: (batch) =>
        queryClient.setQueryData(
          trpc.containers.list.queryKey({ all: true, engineId: engineOf(batch, engineId ?? '') }),
          (old) => applyChanges(old, batch.map(containerChange)),
        ),
    }),
  );
  useSubscription(
    trpc.images.changes.subscriptionOptions(input, {
      onData: (batch) =>
        queryClient.setQueryData(
          trpc.images.list.queryKey({ engineId: engineOf(batch, engineId ?? '') }),
          (old) => applyChanges(old, batch.map(imageChange)),
        ),
    }),
  );
  useSubscription(
    trpc.volumes.changes.subscriptionOptions(input, {
      onData: (batch) =>
        queryClient.setQueryData(
          trpc.volumes.list.queryKey({ engineId: engineOf(batch, engineId ?? '') }),
          (old) => applyChanges(old, batch.map(volumeChange)),
        ),
    }),
  );
  useSubscription(
    trpc.networks.changes.subscriptionOptions(input, {
      onData: (batch) =>
        queryClient.setQueryData(
          trpc.networks.list.queryKey({ engineId: engineOf(batch, engineId ?? '') }),
          (old) => applyChanges(old, batch.map(networkChange)),
        ),
    }),
  );
  return null;
}
