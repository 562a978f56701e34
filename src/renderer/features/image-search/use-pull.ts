// One-click pull through the images engineer's `images.pull` (progress shows in Activity).
import { useMutation } from '@tanstack/react-query';
import { useTRPC } from '@renderer/api/trpc';

export function usePull() {
  const trpc = useTRPC();
  return useMutation(trpc.images.transfer.pull.mutationOptions());
}
