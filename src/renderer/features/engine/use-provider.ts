// The provider's state, kept fresh by its subscription while a page that shows it is open.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSubscription } from '@trpc/tanstack-react-query';
import { useTRPC } from '@renderer/api/trpc';

export function useProviderState() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery({ ...trpc.providers.state.queryOptions(), staleTime: Infinity });
  useSubscription(
    trpc.providers.stateChanges.subscriptionOptions(undefined, {
      onData: (view) => queryClient.setQueryData(trpc.providers.state.queryKey(), view),
    }),
  );
  return query;
}
