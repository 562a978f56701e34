// Sends a .tar to the router in 1 MiB base64 chunks (in order), then asks the engine to load it.
import { useCallback, useRef, useState } from 'react';
import { LOAD_CHUNK_BYTES, LOAD_MAX_BYTES } from '../../../shared/api/images-build';
import { useTRPCClient } from '../../api/trpc';
import { blobToBase64 } from '../../api/binary';

const IN_FLIGHT = 3;

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; done: number; total: number }
  | { phase: 'loading' }
  | { phase: 'loaded'; loaded: string[] }
  | { phase: 'failed'; error: string };

export function useImageUpload() {
  const client = useTRPCClient();
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const cancelled = useRef(false);

  const upload = useCallback(
    async (file: File, messages: { tooBig: string; empty: string }) => {
      if (file.size > LOAD_MAX_BYTES) return setState({ phase: 'failed', error: messages.tooBig });
      if (file.size === 0) return setState({ phase: 'failed', error: messages.empty });
      cancelled.current = false;
      try {
        setState({ phase: 'uploading', done: 0, total: file.size });
        const { uploadId } = await client.images.loadStart.mutate({ fileName: file.name, size: file.size });
        // A few chunks in flight at once (the server writes each at its offset): fewer idle round trips.
        let next = 0;
        let done = 0;
        const send = async (): Promise<void> => {
          while (next < file.size && !cancelled.current) {
            const offset = next;
            next += LOAD_CHUNK_BYTES;
            const slice = file.slice(offset, offset + LOAD_CHUNK_BYTES);
            await client.images.loadChunk.mutate({ uploadId, offset, data: await blobToBase64(slice) });
            done += slice.size;
            setState({ phase: 'uploading', done, total: file.size });
          }
        };
        await Promise.all(Array.from({ length: IN_FLIGHT }, send));
        if (cancelled.current) {
          await client.images.loadCancel.mutate({ uploadId });
          return setState({ phase: 'idle' });
        }
        setState({ phase: 'loading' });
        const result = await client.images.loadFinish.mutate({ uploadId, fileName: file.name });
        setState({ phase: 'loaded', loaded: result.loaded });
      } catch (error) {
        setState({ phase: 'failed', error: (error as Error).message });
      }
    },
    [client],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, upload, cancel, reset };
}
