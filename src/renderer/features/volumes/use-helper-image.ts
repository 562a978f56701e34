// The volume helper image from the settings, for the words and command lines that name it.
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@renderer/api/trpc';

export function useHelperImage(): string {
  const trpc = useTRPC();
  const { data } = useQuery(trpc.settings.get.queryOptions());
  return data?.volumeHelperImage ?? 'busybox';
}
