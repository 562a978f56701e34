// The Images header's total: the engine's own sum of unique layers (`docker system df`), since
// images share layers and adding their sizes counts a shared layer once per image.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { ImageSummary } from '@shared/api';
import { useTRPC } from '@renderer/api/trpc';

export function useUniqueLayerSize(images: ImageSummary[]): number | null {
  const trpc = useTRPC();
  const client = useQueryClient();
  const df = useQuery({ ...trpc.system.df.queryOptions(), staleTime: Infinity });
  // The image list is live; ask the engine again when its set of images changes.
  const signature = useMemo(() => images.map((image) => image.id).join(','), [images]);
  useEffect(() => {
    void client.invalidateQueries({ queryKey: trpc.system.df.queryKey() });
  }, [client, trpc, signature]);
  return df.data ? df.data.imagesSize : null;
}
