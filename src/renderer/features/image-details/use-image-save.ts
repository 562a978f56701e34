// "Save as .tar": the router's `images.save` subscription sends base64 chunks, assembled into a
// Blob and handed to the browser as a download named <repo>_<tag>.tar.
import { useCallback, useEffect, useRef, useState } from 'react';
import { saveFileName } from '@shared/cli/build-commands';
import { useTRPCClient } from '@renderer/api/trpc';
import { base64ToBytes, saveBlob } from '@renderer/api/binary';

export type SaveState =
  | { phase: 'idle' }
  | { phase: 'saving'; done: number; estimated: number }
  | { phase: 'saved'; fileName: string }
  | { phase: 'failed'; error: string };

export function useImageSave() {
  const client = useTRPCClient();
  const [state, setState] = useState<SaveState>({ phase: 'idle' });
  const subscription = useRef<{ unsubscribe(): void } | null>(null);

  const save = useCallback(
    (refs: string[]) => {
      subscription.current?.unsubscribe();
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let done = 0;
      let estimated = 0;
      const fileName = saveFileName(refs[0]!);
      setState({ phase: 'saving', done: 0, estimated: 0 });
      subscription.current = client.images.archive.save.subscribe(
        { refs },
        {
          onData: (event) => {
            if (event.type === 'start') {
              estimated = event.estimatedBytes;
            } else {
              const bytes = base64ToBytes(event.data);
              parts.push(bytes);
              done += bytes.length;
            }
            setState({ phase: 'saving', done, estimated });
          },
          onError: (error) => setState({ phase: 'failed', error: error.message }),
          onComplete: () => {
            subscription.current = null;
            saveBlob(new Blob(parts, { type: 'application/x-tar' }), fileName);
            setState({ phase: 'saved', fileName });
          },
        },
      );
    },
    [client],
  );

  useEffect(() => () => subscription.current?.unsubscribe(), []);
  return { state, save };
}
