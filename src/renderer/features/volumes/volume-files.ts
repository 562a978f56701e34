// Browser side of a volume's files, through the shared file transfers (api/file-transfer.ts).
import { VOLUME_UPLOAD_CHUNK_BYTES } from '@shared/api/volumes-manage';
import { downloadFile, uploadFile } from '@renderer/api/file-transfer';
import type { useTRPCClient } from '@renderer/api/trpc';

type Client = ReturnType<typeof useTRPCClient>;

export function downloadVolumeEntry(
  client: Client,
  input: { name: string; path: string },
): Promise<{ fileName: string; bytes: number }> {
  return downloadFile(client.volumes.files, input);
}

export function uploadVolumeFile(
  client: Client,
  { name, folder, file }: { name: string; folder: string; file: File },
): Promise<{ path: string; bytes: number }> {
  const start = { name, folder, fileName: file.name, size: file.size };
  return uploadFile(client.volumes.files, start, file, { chunkBytes: VOLUME_UPLOAD_CHUNK_BYTES });
}
