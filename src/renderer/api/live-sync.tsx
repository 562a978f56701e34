// Keeps the react-query cache fresh from pushed changes: engine status, containers, images.
// Mounted once at the root, so lists are current on every page without refetching.
import { useQueryClient } from '@tanstack/react-query';
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

export function LiveSync(): null {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  useSubscription(
    trpc.engine.statusChanges.subscriptionOptions(undefined, {
      onData: (status) => {
        queryClient.setQueryData(trpc.engine.status.queryKey(), status);
        if (status.state === 'connected')
          void queryClient.invalidateQueries({ queryKey: trpc.engine.info.queryKey() });
      },
    }),
  );
  useSubscription(
    trpc.containers.changes.subscriptionOptions(undefined, {
      onData: (batch) =>
        queryClient.setQueryData(trpc.containers.list.queryKey({ all: true }), (old) =>
          applyChanges(old, batch.map(containerChange)),
        ),
    }),
  );
  useSubscription(
    trpc.images.changes.subscriptionOptions(undefined, {
      onData: (batch) =>
        queryClient.setQueryData(trpc.images.list.queryKey(), (old) =>
          applyChanges(old, batch.map(imageChange)),
        ),
    }),
  );
  useSubscription(
    trpc.volumes.changes.subscriptionOptions(undefined, {
      onData: (batch) =>
        queryClient.setQueryData(trpc.volumes.list.queryKey(), (old) =>
          applyChanges(old, batch.map(volumeChange)),
        ),
    }),
  );
  useSubscription(
    trpc.networks.changes.subscriptionOptions(undefined, {
      onData: (batch) =>
        queryClient.setQueryData(trpc.networks.list.queryKey(), (old) =>
          applyChanges(old, batch.map(networkChange)),
        ),
    }),
  );
  return null;
}
