// Make a folder, read a small file, delete a path: the Files tab's edits. The first two use the
// archive API so they work on stopped containers too (an exec of `mkdir` or `cat` would need a
// running one). The engine API has no delete, so deleting runs `rm -rf -- PATH` by exec, which
// only a running container can do: a stopped one is refused with words saying to start it.
import type { IncomingMessage } from 'node:http';
import type Dockerode from 'dockerode';
import { extract, pack } from 'tar-stream';
import { containerPathProblem, fileNameProblem } from '@shared/ids/file-path';
import { VIEW_MAX_BYTES, type FileView } from '@shared/api/container-files';
import { isDirectory, isSymlink, readPathStat, resolveLink } from './file-stat';

const MAX_LINK_HOPS = 8;

/** The user's to fix (a bad path, an existing folder, a stopped container): not an engine failure. */
export class FileEditError extends Error {
  constructor(
    message: string,
    readonly reason: 'path' | 'exists' | 'not-running' | 'too-large' | 'not-a-file' | 'failed',
  ) {
    super(message);
    this.name = 'FileEditError';
  }
}

/** The router's schemas check paths already; these reach tar headers and exec, so check again. */
function checkedPath(path: string): { folder: string; name: string; path: string } {
  const trimmed = path.replace(/\/+$/, '');
  const problem =
    containerPathProblem(path) ?? (trimmed === '' ? 'The path must name something inside /' : null);
  if (problem) throw new FileEditError(`${problem}.`, 'path');
  const name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  const nameProblem = fileNameProblem(name);
  if (nameProblem) throw new FileEditError(`${nameProblem}.`, 'path');
  return { folder: trimmed.slice(0, trimmed.lastIndexOf('/')) || '/', name, path: trimmed };
}

function statusCode(error: unknown): number | undefined {
  return (error as { statusCode?: number } | null)?.statusCode;
}

async function archive(container: Dockerode.Container, path: string): Promise<IncomingMessage> {
  return (await container.getArchive({ path })) as unknown as IncomingMessage;
}

/** `mkdir -- PATH`: one tar holding just the folder entry, extracted into its parent folder. */
export async function makeFolder(docker: Dockerode, id: string, path: string): Promise<{ path: string }> {
  const target = checkedPath(path);
  const container = docker.getContainer(id);
  // The archive API would silently merge into an existing folder (or fail oddly over a file).
  try {
    (await archive(container, target.path)).destroy();
    throw new FileEditError(`${target.path} already exists.`, 'exists');
  } catch (error) {
    if (statusCode(error) !== 404) throw error;
  }
  const tar = pack();
  tar.entry({ name: `${target.name}/`, type: 'directory', mode: 0o755, mtime: new Date() });
  tar.finalize();
  try {
    await container.putArchive(tar as unknown as NodeJS.ReadableStream, { path: target.folder });
  } finally {
    tar.destroy();
  }
  return { path: target.path };
}

/** Text when the bytes are UTF-8 without NULs; null when they look binary. */
export function textOf(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** `docker cp NAME:PATH -`, read for one regular file of at most VIEW_MAX_BYTES (links followed). */
export async function viewFile(docker: Dockerode, id: string, path: string): Promise<FileView> {
  const target = checkedPath(path);
  const container = docker.getContainer(id);
  let where = target.path;
  let response = await archive(container, where);
  let stat = readPathStat(response);
  for (let hop = 0; stat && isSymlink(stat) && hop < MAX_LINK_HOPS; hop++) {
    response.destroy();
    where = resolveLink(where, stat.linkTarget);
    response = await archive(container, where);
    stat = readPathStat(response);
  }
  try {
    if (!stat || isDirectory(stat) || isSymlink(stat))
      throw new FileEditError(`${target.path} is not a regular file.`, 'not-a-file');
    if (stat.size > VIEW_MAX_BYTES)
      throw new FileEditError(`${target.path} is larger than 1 MiB: download it instead.`, 'too-large');
    const bytes = await firstEntryBytes(response, VIEW_MAX_BYTES);
    const text = textOf(bytes);
    return { path: target.path, size: bytes.length, binary: text === null, text };
  } finally {
    response.destroy();
  }
}

/** The body of the tar's first entry, refused past `cap` bytes (the stat could be stale). */
async function firstEntryBytes(response: IncomingMessage, cap: number): Promise<Buffer> {
  const parser = extract();
  response.on('error', (error) => parser.destroy(error));
  response.pipe(parser);
  try {
    for await (const entry of parser) {
      if (entry.header.type !== 'file' && entry.header.type !== 'contiguous-file')
        throw new FileEditError('Not a regular file.', 'not-a-file');
      const parts: Buffer[] = [];
      let size = 0;
      for await (const chunk of entry as unknown as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > cap)
          throw new FileEditError('The file is larger than 1 MiB: download it instead.', 'too-large');
        parts.push(chunk);
      }
      return Buffer.concat(parts);
    }
    return Buffer.alloc(0);
  } finally {
    response.unpipe(parser);
    parser.destroy();
  }
}

/** `rm -rf -- PATH` by exec in a running container (the engine API has no delete). */
export async function deletePath(docker: Dockerode, id: string, path: string): Promise<{ path: string }> {
  const target = checkedPath(path);
  const container = docker.getContainer(id);
  const info = await container.inspect();
  // Deliberately no fallback for stopped containers: exec needs a running one, and the archive
  // API cannot remove anything.
  if (!info.State?.Running || info.State?.Paused)
    throw new FileEditError('Start the container to delete files.', 'not-running');
  const exec = await container.exec({
    Cmd: ['rm', '-rf', '--', target.path],
    AttachStdout: true,
    AttachStderr: true,
    Tty: true, // one stream, no multiplexing headers to strip
  });
  const stream = (await exec.start({ hijack: true, stdin: false, Tty: true })) as NodeJS.ReadableStream;
  let output = '';
  await new Promise<void>((resolve) => {
    stream.on('data', (chunk: Buffer) => {
      if (output.length < 4096) output += chunk.toString();
    });
    stream.on('end', resolve);
    stream.on('close', resolve);
    stream.on('error', () => resolve());
  });
  const result = await exec.inspect();
  if (result.ExitCode !== 0)
    throw new FileEditError(output.trim() || `rm exited with code ${result.ExitCode}.`, 'failed');
  return { path: target.path };
}
