// Browser side of a volume's files: downloads assemble acknowledged base64 chunks into a Blob;
// uploads send a File in 512 KiB slices through the upload store.
import { VOLUME_UPLOAD_CHUNK_BYTES } from '../../../shared/api/volumes-manage';
import type { DownloadChunk } from '../../../shared/api/container-files';
import { base64ToBytes, blobToBase64, saveBlob } from '../../api/binary';
import { randomId } from '../../api/random-id';
import type { useTRPCClient } from '../../api/trpc';

type Client = ReturnType<typeof useTRPCClient>;

export function downloadVolumeEntry(
  client: Client,
  input: { name: string; path: string },
): Promise<{ fileName: string; bytes: number }> {
  const downloadId = randomId();
  return new Promise((resolve, reject) => {
    const parts: Uint8Array<ArrayBuffer>[] = [];
    let received = 0;
    let start: Extract<DownloadChunk, { type: 'start' }> | null = null;
    const subscription = client.volumes.filesDownload.subscribe(
      { ...input, downloadId },
      {
        onData: (chunk) => {
          if (chunk.type === 'start') start = chunk;
          else if (chunk.type === 'data') {
            const bytes = base64ToBytes(chunk.data);
            parts.push(bytes);
            received += bytes.length;
            void client.volumes.filesDownloadAck.mutate({ downloadId, received }).catch(() => undefined);
          } else {
            subscription.unsubscribe();
            const fileName = start?.fileName ?? 'download';
            saveBlob(new Blob(parts, { type: start?.mime ?? 'application/octet-stream' }), fileName);
            resolve({ fileName, bytes: received });
          }
        },
        onError: (error) => reject(error),
      },
    );
  });
}

export async function uploadVolumeFile(
  client: Client,
  input: { name: string; folder: string; file: File },
): Promise<{ path: string; bytes: number }> {
  const { name, folder, file } = input;
  const { uploadId } = await client.volumes.filesUploadStart.mutate({
    name,
    folder,
    fileName: file.name,
    size: file.size,
  });
  try {
    for (let offset = 0; offset < file.size; offset += VOLUME_UPLOAD_CHUNK_BYTES) {
      const data = await blobToBase64(file.slice(offset, offset + VOLUME_UPLOAD_CHUNK_BYTES));
      await client.volumes.filesUploadChunk.mutate({ uploadId, offset, data });
    }
  } catch (error) {
    await client.volumes.filesUploadCancel.mutate({ uploadId }).catch(() => undefined);
    throw error;
  }
  return client.volumes.filesUploadFinish.mutate({ uploadId });
}
