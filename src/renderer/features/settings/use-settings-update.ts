// The settings.update mutation every Settings form uses: the saved settings come back and replace
// the cached ones, so every page reading settings sees the change at once.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '@renderer/api/trpc';

export function useSettingsUpdate() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: (next) => queryClient.setQueryData(trpc.settings.get.queryKey(), next),
    }),
  );
}
