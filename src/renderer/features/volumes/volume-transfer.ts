// Browser side of volume back up and restore: the backup is a chunked download like any other
// (api/chunked-transfer.ts) whose start says whether the helper image was pulled; a restore sends
// the chosen file in 1 MiB slices through the upload store, then asks the backend to unpack it.
import { RESTORE_CHUNK_BYTES, type HelperResult } from '@shared/api/volumes-manage';
import { receiveDownload, sendUpload } from '@renderer/api/chunked-transfer';
import type { useTRPCClient } from '@renderer/api/trpc';

type Client = ReturnType<typeof useTRPCClient>;

export function downloadBackup(
  client: Client,
  name: string,
  on: { pulledHelper(pulled: boolean): void; progress(bytes: number): void },
  signal: AbortSignal,
): Promise<{ fileName: string; bytes: number }> {
  return receiveDownload<HelperResult>(
    {
      subscribe: (downloadId, handlers) =>
        client.volumes.backup.download.subscribe({ name, downloadId }, handlers),
      ack: (downloadId, received) => client.volumes.backup.ack.mutate({ downloadId, received }),
    },
    { onStart: (start) => on.pulledHelper(start.pulledHelper), onProgress: on.progress, signal },
  );
}

/** Sends `file` to the upload store; returns its upload ID (cancelled on failure). */
export function uploadBackup(
  client: Client,
  file: File,
  onProgress: (sent: number) => void,
): Promise<string> {
  return sendUpload(
    {
      start: () => client.volumes.restore.start.mutate({ fileName: file.name, size: file.size }),
      chunk: (slice) => client.volumes.restore.chunk.mutate(slice),
      cancel: (upload) => client.volumes.restore.cancel.mutate(upload),
    },
    file,
    { chunkBytes: RESTORE_CHUNK_BYTES, onProgress },
  );
}
