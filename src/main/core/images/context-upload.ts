// A build context sent from the browser (web mode): first the plan (which of the folder's files
// .dockerignore lets through, so ignored ones are never uploaded), then the uploaded tar is
// unpacked into a folder of Berth's own and built like any other folder. The tar comes from a
// client, so it is read as hostile: plain files and folders only (a link could point the next
// entry outside), names checked part by part, nothing overwritten, counts and sizes bounded.
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import tar from 'tar-stream';
import type { ContextPlan, ContextPlanInput } from '@shared/api/build-context-upload';
import { relativePathProblem } from '@shared/ids/file-path';
import { contextFilter } from './build-context';

export class ContextUploadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContextUploadError';
  }
}

/** Which files to send: indexes into `paths`, in order; says when the Dockerfile is not among them. */
export function planContextUpload(input: ContextPlanInput): ContextPlan {
  const include = contextFilter(input.dockerignore, input.dockerfile);
  const indexes: number[] = [];
  let bytes = 0;
  input.paths.forEach((rel, index) => {
    if (!include(rel)) return;
    indexes.push(index);
    bytes += input.sizes[index] ?? 0;
  });
  const dockerfile = path.posix.normalize(input.dockerfile);
  const problem = input.paths.includes(dockerfile) ? null : `No ${input.dockerfile} in this folder.`;
  return { include: indexes, bytes, problem };
}

/** The entry's name as a safe relative path ("a/b"), or why it is refused. */
function entryPath(name: string): string {
  const trimmed = name.replace(/\/+$/, '').replace(/^\.\//, '');
  const problem = relativePathProblem(trimmed);
  const parts = trimmed.split('/');
  if (problem || trimmed.includes('\\') || parts.some((part) => part === '' || part === '.'))
    throw new ContextUploadError(`The folder holds a file name that cannot be used: ${JSON.stringify(name)}`);
  return trimmed;
}

/**
 * Unpacks the uploaded context tar into `dest` (an empty folder of Berth's). Refuses links,
 * devices, bad names and repeats in words; stops after `maxEntries`.
 */
export async function unpackContext(tarFile: string, dest: string, maxEntries = 200_000): Promise<void> {
  const extract = tar.extract();
  let count = 0;
  const consume = (async () => {
    for await (const entry of extract) {
      const { name, type, mode } = entry.header;
      count += 1;
      if (count > maxEntries) throw new ContextUploadError(`The folder has more than ${maxEntries} files.`);
      // PAX headers carry long and non-ASCII names; tar-stream applies them to the next entry.
      const target = path.join(dest, entryPath(name));
      if (type === 'directory') {
        await fs.mkdir(target, { recursive: true, mode: 0o755 });
        entry.resume();
      } else if (type === 'file') {
        await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o755 });
        // 'wx': a name sent twice is refused rather than overwriting the first.
        const handle = await fs.open(target, 'wx', (mode ?? 0o644) & 0o755);
        await pipeline(entry, handle.createWriteStream());
      } else {
        throw new ContextUploadError(
          `Only files and folders can be uploaded for a build, not ${name} (${type}).`,
        );
      }
    }
  })();
  try {
    await Promise.all([pipeline(createReadStream(tarFile), extract), consume]);
  } catch (error) {
    if (error instanceof ContextUploadError) throw error;
    throw new ContextUploadError(`The uploaded folder could not be read: ${(error as Error).message}`);
  }
}

/** Unpacks into a new folder next to the upload, runs `use` on it, and removes it afterwards. */
export async function withUnpackedContext<T>(
  tarFile: string,
  use: (folder: string) => Promise<T>,
): Promise<T> {
  const folder = await fs.mkdtemp(path.join(path.dirname(tarFile), 'context-'));
  try {
    await unpackContext(tarFile, folder);
    return await use(folder);
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }
}
