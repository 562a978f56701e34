// Web mode's build context from this computer: the folder the browser's picker gives
// (<input webkitdirectory>), the backend's plan of which files .dockerignore lets through, and
// those files as one tar Blob (assembled from the File objects, never read into memory here).
import type { TRPCClient } from '@trpc/client';
import type { ContextPlan } from '@shared/api/build-context-upload';
import { tarParts } from '@shared/format/tar-blob';
import type { AppRouter } from '@renderer/api/types';

export interface ChosenFolder {
  /** The folder's own name ("myapp"), as the command line shows the context. */
  name: string;
  files: { path: string; file: File }[];
}

/** The picker's files, relative to the chosen folder (the browser prefixes its name). */
export function chosenFolder(list: FileList | readonly File[]): ChosenFolder | null {
  const files: ChosenFolder['files'] = [];
  let name: string | null = null;
  for (const file of Array.from(list)) {
    const relative = file.webkitRelativePath || file.name;
    const slash = relative.indexOf('/');
    if (slash < 0) continue;
    name ??= relative.slice(0, slash);
    files.push({ path: relative.slice(slash + 1), file });
  }
  return name === null ? null : { name, files };
}

export interface FolderPlan {
  folder: ChosenFolder;
  send: ChosenFolder['files'];
  bytes: number;
  ignored: number;
  /** The Dockerfile is not among the files, or null. */
  problem: string | null;
}

export async function planFolder(
  client: TRPCClient<AppRouter>,
  folder: ChosenFolder,
  dockerfile: string,
): Promise<FolderPlan> {
  const rules = folder.files.find((entry) => entry.path === '.dockerignore');
  const plan: ContextPlan = await client.images.build.contextPlan.mutate({
    paths: folder.files.map((entry) => entry.path),
    sizes: folder.files.map((entry) => entry.file.size),
    dockerignore: rules ? await rules.file.text() : null,
    dockerfile,
  });
  const send = plan.include.map((index) => folder.files[index]!);
  return {
    folder,
    send,
    bytes: plan.bytes,
    ignored: folder.files.length - send.length,
    problem: plan.problem,
  };
}

/** The files to send as one tar, in the order planned. */
export function folderTar(plan: FolderPlan): Blob {
  return new Blob(
    tarParts(
      plan.send.map(({ path, file }) => ({ path, size: file.size, mtime: file.lastModified, content: file })),
    ),
    { type: 'application/x-tar' },
  );
}
