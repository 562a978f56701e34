// Browser side of `docker cp`, through the shared chunked transfers (api/chunked-transfer.ts).
import type { FileKind } from '../../../../shared/api/container-files';
import { UPLOAD_CHUNK_BYTES } from '../../../../shared/api/container-files';
import { receiveDownload, sendSlices } from '../../../api/chunked-transfer';
import type { useTRPCClient } from '../../../api/trpc';

type Client = ReturnType<typeof useTRPCClient>;

export function downloadEntry(
  client: Client,
  input: { id: string; path: string; kind: FileKind },
  onProgress: (bytes: number) => void,
): Promise<{ fileName: string; bytes: number }> {
  return receiveDownload(
    {
      subscribe: (downloadId, handlers) =>
        client.containers.filesDownload.subscribe({ ...input, downloadId }, handlers),
      ack: (downloadId, received) => client.containers.filesDownloadAck.mutate({ downloadId, received }),
    },
    onProgress,
  );
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
  await sendSlices(
    file,
    UPLOAD_CHUNK_BYTES,
    (offset, data) => client.containers.filesUploadChunk.mutate({ uploadId, offset, data }),
    () => client.containers.filesUploadCancel.mutate({ uploadId }),
    onProgress,
  );
  return client.containers.filesUploadFinish.mutate({ uploadId });
}
