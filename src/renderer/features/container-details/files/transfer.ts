// Browser side of `docker cp`, through the shared file transfers (api/file-transfer.ts).
import type { FileKind } from '@shared/api/container-files';
import { UPLOAD_CHUNK_BYTES } from '@shared/api/container-files';
import { downloadFile, uploadFile as sendFile } from '@renderer/api/file-transfer';
import type { useTRPCClient } from '@renderer/api/trpc';

type Client = ReturnType<typeof useTRPCClient>;

export function downloadEntry(
  client: Client,
  input: { id: string; path: string; kind: FileKind },
  onProgress: (bytes: number) => void,
): Promise<{ fileName: string; bytes: number }> {
  return downloadFile(client.containers.files, input, onProgress);
}

export function uploadFile(
  client: Client,
  { id, folder, file }: { id: string; folder: string; file: File },
  onProgress: (sent: number) => void,
): Promise<{ path: string; bytes: number }> {
  const start = { id, folder, name: file.name, size: file.size };
  return sendFile(client.containers.files, start, file, { chunkBytes: UPLOAD_CHUNK_BYTES, onProgress });
}
