// Browser side of volume back up and restore: the backup's base64 chunks are acknowledged as they
// arrive (the server keeps a bounded window ahead) and saved as a .tar.gz; a restore sends the
// chosen file in 1 MiB slices through the upload store, then asks the backend to unpack it.
import { RESTORE_CHUNK_BYTES } from '../../../shared/api/volumes-manage';
import { base64ToBytes, saveBlob } from '../../api/binary';
import { sendSlices } from '../../api/chunked-transfer';
import { randomId } from '../../api/random-id';
import type { useTRPCClient } from '../../api/trpc';

type Client = ReturnType<typeof useTRPCClient>;

export interface BackupHandle {
  done: Promise<{ fileName: string; bytes: number; pulledHelper: boolean }>;
  cancel(): void;
}

export function downloadBackup(
  client: Client,
  name: string,
  onProgress: (bytes: number, pulledHelper: boolean) => void,
): BackupHandle {
  const downloadId = randomId();
  let unsubscribe = () => undefined as void;
  const done = new Promise<{ fileName: string; bytes: number; pulledHelper: boolean }>((resolve, reject) => {
    const parts: Uint8Array<ArrayBuffer>[] = [];
    let received = 0;
    let fileName = `${name}.tar.gz`;
    let pulledHelper = false;
    const subscription = client.volumes.backup.subscribe(
      { name, downloadId },
      {
        onData: (event) => {
          if (event.type === 'start') {
            fileName = event.fileName;
            pulledHelper = event.pulledHelper;
            onProgress(0, pulledHelper);
          } else if (event.type === 'chunk') {
            const bytes = base64ToBytes(event.data);
            parts.push(bytes);
            received += bytes.length;
            onProgress(received, pulledHelper);
            void client.volumes.backupAck.mutate({ downloadId, received }).catch(() => undefined);
          } else {
            subscription.unsubscribe();
            saveBlob(new Blob(parts, { type: 'application/gzip' }), fileName);
            resolve({ fileName, bytes: received, pulledHelper });
          }
        },
        onError: (error) => reject(error),
      },
    );
    unsubscribe = () => subscription.unsubscribe();
  });
  return { done, cancel: () => unsubscribe() };
}

/** Sends `file` to the upload store; returns its upload ID (cancelled on failure). */
export async function uploadBackup(
  client: Client,
  file: File,
  onProgress: (sent: number) => void,
): Promise<string> {
  const { uploadId } = await client.volumes.restoreStart.mutate({ fileName: file.name, size: file.size });
  await sendSlices(
    file,
    RESTORE_CHUNK_BYTES,
    (offset, data) => client.volumes.restoreChunk.mutate({ uploadId, offset, data }),
    () => client.volumes.restoreCancel.mutate({ uploadId }),
    onProgress,
  );
  return uploadId;
}
