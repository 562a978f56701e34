// Browser side of a volume's files, through the shared chunked transfers (api/chunked-transfer.ts).
import { VOLUME_UPLOAD_CHUNK_BYTES } from '../../../shared/api/volumes-manage';
import { receiveDownload, sendSlices } from '../../api/chunked-transfer';
import type { useTRPCClient } from '../../api/trpc';

type Client = ReturnType<typeof useTRPCClient>;

export function downloadVolumeEntry(
  client: Client,
  input: { name: string; path: string },
): Promise<{ fileName: string; bytes: number }> {
  return receiveDownload({
    subscribe: (downloadId, handlers) =>
      client.volumes.filesDownload.subscribe({ ...input, downloadId }, handlers),
    ack: (downloadId, received) => client.volumes.filesDownloadAck.mutate({ downloadId, received }),
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
  await sendSlices(
    file,
    VOLUME_UPLOAD_CHUNK_BYTES,
    (offset, data) => client.volumes.filesUploadChunk.mutate({ uploadId, offset, data }),
    () => client.volumes.filesUploadCancel.mutate({ uploadId }),
  );
  return client.volumes.filesUploadFinish.mutate({ uploadId });
}
