// Sends a .tar to the router (api/upload-blob.ts), then asks the engine to load it.
import { useCallback, useRef, useState } from 'react';
import { LOAD_MAX_BYTES } from '@shared/api/images-build';
import { useTRPCClient } from '@renderer/api/trpc';
import { uploadBlob } from '@renderer/api/upload-blob';

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
        const uploadId = await uploadBlob(client, file, file.name, {
          onProgress: (done, total) => setState({ phase: 'uploading', done, total }),
          cancelled: () => cancelled.current,
        });
        if (uploadId === null) return setState({ phase: 'idle' });
        setState({ phase: 'loading' });
        const result = await client.images.archive.load.finish.mutate({ uploadId, fileName: file.name });
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
