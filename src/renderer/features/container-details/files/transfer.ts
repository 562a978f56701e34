// Browser side of `docker cp`: downloads assemble base64 chunks into a Blob and save it under the
// entry's name; uploads read a File in slices and send them as base64 chunks, in order.
import type { DownloadChunk, FileKind } from '../../../../shared/api/container-files';
import { UPLOAD_CHUNK_BYTES } from '../../../../shared/api/container-files';
import { base64ToBytes, blobToBase64, saveBlob } from '../../../api/binary';
import { randomId } from '../../../api/random-id';
import type { useTRPCClient } from '../../../api/trpc';

type Client = ReturnType<typeof useTRPCClient>;

export function downloadEntry(
  client: Client,
  input: { id: string; path: string; kind: FileKind },
  onProgress: (bytes: number) => void,
): Promise<{ fileName: string; bytes: number }> {
  const downloadId = randomId();
  return new Promise((resolve, reject) => {
    const parts: Uint8Array<ArrayBuffer>[] = [];
    let received = 0;
    let start: Extract<DownloadChunk, { type: 'start' }> | null = null;
    const subscription = client.containers.filesDownload.subscribe(
      { ...input, downloadId },
      {
        onData: (chunk) => {
          if (chunk.type === 'start') start = chunk;
          else if (chunk.type === 'data') {
            const bytes = base64ToBytes(chunk.data);
            parts.push(bytes);
            received += bytes.length;
            onProgress(received);
            // The server sends a bounded window ahead of what we acknowledge.
            void client.containers.filesDownloadAck.mutate({ downloadId, received }).catch(() => undefined);
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

export async function uploadFile(
  client: Client,
  input: { id: string; folder: string; file: File },
  onProgress: (sent: number) => void,
): Promise<{ path: string; bytes: number }> {
  const { id, folder, file } = input;
  const { uploadId } = await client.containers.filesUploadStart.mutate({
    id,
    folder,
    name: file.name,
    size: file.size,
  });
  try {
    for (let offset = 0; offset < file.size; offset += UPLOAD_CHUNK_BYTES) {
      const data = await blobToBase64(file.slice(offset, offset + UPLOAD_CHUNK_BYTES));
      await client.containers.filesUploadChunk.mutate({ uploadId, offset, data });
      onProgress(Math.min(file.size, offset + UPLOAD_CHUNK_BYTES));
    }
  } catch (error) {
    await client.containers.filesUploadCancel.mutate({ uploadId }).catch(() => undefined);
    throw error;
  }
  return client.containers.filesUploadFinish.mutate({ uploadId });
}
