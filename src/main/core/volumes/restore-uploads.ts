// Volume archives on their way to a restore: each may be large, so only a few at once.
import { RESTORE_CHUNK_BYTES, RESTORE_MAX_BYTES } from '@shared/api/volumes-manage';
import { UploadStore } from '../streams/upload-store';
import type { TempDirs } from '../temp-dirs';

export function restoreUploads(tempDirs: TempDirs): UploadStore<null> {
  return new UploadStore<null>(
    {
      kind: 'upload',
      chunkBytes: RESTORE_CHUNK_BYTES,
      maxBytes: RESTORE_MAX_BYTES,
      maxOpen: 4,
      idleMs: 10 * 60_000,
    },
    tempDirs,
  );
}
